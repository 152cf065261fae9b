/** The test kit's recording logger, for tests and benchmarks that keep importing it from here. */
export { RecordingLogger } from '@pim/kernel/testing';
