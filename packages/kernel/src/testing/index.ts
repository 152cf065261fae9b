/**
 * A test kit for module authors, as `@pim/kernel/testing`: a module loaded into a container with
 * fake host services, scratch databases on every engine, and the kernel's own checks of what a
 * module registers. Nothing here is a host: tests of a module need none.
 */
export { moduleTestContainer, type ModuleTestContainer, type TestHostOptions } from './module-test-container.js';
export {
  RecordingLogger,
  TestCatalog,
  TestCipher,
  TestClock,
  TestSettings,
  TestTranslator,
  testUser,
  type TestKey,
} from './test-services.js';
export {
  availableEngines,
  createScratch,
  DATABASE_URLS,
  ENGINES,
  openScratch,
  tableNames,
  type Engine,
  type OpenScratch,
  type SchemaSource,
  type ScratchDatabase,
} from './scratch-database.js';
export { eachEngine, useScratchDatabase } from './each-engine.js';
export { submittedAsShown } from './form-submission.js';
export { validateModule, RecordingRegistrar, type ModuleValidation } from '../validate-module.js';
