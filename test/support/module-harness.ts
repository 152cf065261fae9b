import { randomBytes } from 'node:crypto';

import type { Clock, CurrentUser } from '@pim/kernel';
import {
  AesGcmSecretCipher,
  bindKernelServices,
  MessageTranslator,
  ModuleRegistry,
  StaticModuleSettings,
  StaticPimCatalog,
} from '@pim/reference-host';
import { Container } from 'inversify';
import type { DataSource } from 'typeorm';

import bigcommerceModule from '../../src/index.js';
import { RecordingLogger } from './recording-logger.js';

export interface HarnessOptions {
  readonly dataSource?: DataSource;
  readonly origins?: readonly string[];
  readonly settings?: Readonly<Record<string, string>>;
  /** The host's cipher; by default a fresh one with a random key. */
  readonly cipher?: AesGcmSecretCipher;
  /** The host's clock; by default the real one. */
  readonly clock?: Clock;
}

/** The user every harness acts as. */
export const HARNESS_USER: CurrentUser = { get: () => ({ id: '7', name: 'Test Admin', locale: 'en_US' }) };

/** The module loaded into a fresh container the way a host loads it, with real host services. */
export function moduleContainer(options: HarnessOptions = {}): {
  container: Container;
  logger: RecordingLogger;
  cipher: AesGcmSecretCipher;
  catalog: StaticPimCatalog;
} {
  const container = new Container();
  const logger = new RecordingLogger();
  const catalog = new StaticPimCatalog(['en_US', 'fr_FR', 'de_DE'], ['USD', 'EUR', 'GBP']);
  const cipher = options.cipher ?? new AesGcmSecretCipher([{ id: 'test1', key: randomBytes(32) }], 'test1');
  const registry = new ModuleRegistry();
  bigcommerceModule.register(registry);
  bindKernelServices(container, {
    dataSource: options.dataSource,
    logger,
    translator: new MessageTranslator(registry.translations),
    catalog,
    cipher,
    currentUser: HARNESS_USER,
    clock: options.clock ?? { now: () => new Date() },
    settings: new StaticModuleSettings(
      { bigcommerce: options.origins ?? [] },
      { bigcommerce: { retryDelayMs: '10', ...options.settings } },
    ),
  });
  container.load(bigcommerceModule.containerModule);
  return { container, logger, cipher, catalog };
}
