import { Container } from 'inversify';
import type { DataSource } from 'typeorm';

import type { ServiceClass } from '../contribution.js';
import type { Clock, CurrentUser, Logger, ModuleSettings, PimCatalog, SecretCipher } from '../host-services.js';
import type { Messages, ModuleDefinition } from '../module-definition.js';
import {
  KERNEL_CLOCK,
  KERNEL_CURRENT_USER,
  KERNEL_DATA_SOURCE,
  KERNEL_LOGGER,
  KERNEL_MODULE_SETTINGS,
  KERNEL_PIM_CATALOG,
  KERNEL_SECRET_CIPHER,
  KERNEL_TRANSLATOR,
} from '../tokens.js';
import { validateModule, type ModuleRegistrations } from '../validate-module.js';
import { RecordingLogger, TestCatalog, TestCipher, TestSettings, TestTranslator, testUser } from './test-services.js';

/** What {@link moduleTestContainer} binds instead of its fakes, when given. @public */
export interface TestHostOptions {
  /** The DataSource holding the module's entities (e.g. a scratch database); none by default. */
  readonly dataSource?: DataSource;
  readonly logger?: Logger;
  readonly catalog?: PimCatalog;
  readonly cipher?: SecretCipher;
  readonly currentUser?: CurrentUser;
  readonly clock?: Clock;
  readonly settings?: ModuleSettings;
  /** The current user's locale, for the translator (default `en_US`). */
  readonly locale?: () => string;
}

/** A module (or several) loaded into a fresh container with fake host services. @public */
export interface ModuleTestContainer {
  readonly container: Container;
  /** What the module registered, checked by `validateModule` (the first module's, when several were loaded). */
  readonly registrations: ModuleRegistrations;
  /** What each module registered, by module id (since 3.1.0). */
  readonly registrationsOf: ReadonlyMap<string, ModuleRegistrations>;
  readonly logger: Logger;
  readonly cipher: SecretCipher;
  readonly catalog: PimCatalog;
  /** A service the module contributes or binds, resolved by its class. */
  get<T>(service: ServiceClass<T>): T;
}

/**
 * Loads `definition` the way a host does, into a fresh inversify container with fake host
 * services under the kernel tokens (a recording logger, a translator over the module's own
 * messages, a catalog of en_US / fr_FR / de_DE and USD / EUR / GBP, a real AES-256-GCM cipher with
 * a random key, no user, the real clock, no settings), each replaceable. Several modules (since
 * 3.1.0; e.g. a module and one it builds on) share the container and the translator. Throws,
 * listing every problem, when `validateModule` refuses what a module registers. @public
 */
export function moduleTestContainer(
  definition: ModuleDefinition | readonly ModuleDefinition[],
  options: TestHostOptions = {},
): ModuleTestContainer {
  const definitions: readonly ModuleDefinition[] = Array.isArray(definition)
    ? definition
    : [definition as ModuleDefinition];
  const container = new Container();
  const logger = options.logger ?? new RecordingLogger();
  const cipher = options.cipher ?? new TestCipher();
  const catalog = options.catalog ?? new TestCatalog();
  const registrationsOf = new Map<string, ModuleRegistrations>();
  const translations = new Map<string, Messages>();
  for (const module of definitions) {
    container.load(module.containerModule);
    const { registrations, problems } = validateModule(module, { isBound: (s) => container.isBound(s) });
    if (problems.length > 0) throw new Error(`Module "${module.id}" is refused:\n- ${problems.join('\n- ')}`);
    registrationsOf.set(module.id, registrations);
    for (const [locale, messages] of registrations.translations)
      translations.set(locale, { ...translations.get(locale), ...messages });
  }
  const registrations = registrationsOf.get(definitions[0]!.id)!;
  if (options.dataSource !== undefined) container.bind(KERNEL_DATA_SOURCE).toConstantValue(options.dataSource);
  container.bind(KERNEL_LOGGER).toConstantValue(logger);
  container.bind(KERNEL_TRANSLATOR).toConstantValue(new TestTranslator(translations, options.locale));
  container.bind(KERNEL_PIM_CATALOG).toConstantValue(catalog);
  container.bind(KERNEL_SECRET_CIPHER).toConstantValue(cipher);
  container.bind(KERNEL_CURRENT_USER).toConstantValue(options.currentUser ?? testUser());
  container.bind(KERNEL_CLOCK).toConstantValue(options.clock ?? { now: () => new Date() });
  container.bind(KERNEL_MODULE_SETTINGS).toConstantValue(options.settings ?? new TestSettings());
  return {
    container,
    registrations,
    registrationsOf,
    logger,
    cipher,
    catalog,
    get: (service) => container.get(service),
  };
}
