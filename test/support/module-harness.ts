import { randomBytes } from 'node:crypto';

import { Container } from 'inversify';
import type { DataSource } from 'typeorm';

import {
  KERNEL_CLOCK,
  KERNEL_CURRENT_USER,
  KERNEL_DATA_SOURCE,
  KERNEL_LOGGER,
  KERNEL_MODULE_SETTINGS,
  KERNEL_PIM_CATALOG,
  KERNEL_SECRET_CIPHER,
  KERNEL_TRANSLATOR,
} from '@pim/kernel';
import bigcommerceModule from '../../src/index.js';
import { MessageTranslator, ModuleRegistry, StaticPimCatalog, AesGcmSecretCipher, StaticModuleSettings } from '@pim/reference-host';
import { RecordingLogger } from './recording-logger.js';

export interface HarnessOptions {
  readonly dataSource?: DataSource;
  readonly origins?: readonly string[];
  readonly settings?: Readonly<Record<string, string>>;
  /** The host's cipher; by default a fresh one with a random key. */
  readonly cipher?: AesGcmSecretCipher;
}

/** The module loaded into a fresh container the way a host loads it, with real host services. */
export function moduleContainer(options: HarnessOptions = {}): { container: Container; logger: RecordingLogger; cipher: AesGcmSecretCipher; catalog: StaticPimCatalog } {
  const container = new Container();
  const logger = new RecordingLogger();
  const catalog = new StaticPimCatalog(['en_US', 'fr_FR', 'de_DE'], ['USD', 'EUR', 'GBP']);
  const cipher = options.cipher ?? new AesGcmSecretCipher([{ id: 'test1', key: randomBytes(32) }], 'test1');
  if (options.dataSource) container.bind(KERNEL_DATA_SOURCE).toConstantValue(options.dataSource);
  container.bind(KERNEL_LOGGER).toConstantValue(logger);
  container.bind(KERNEL_SECRET_CIPHER).toConstantValue(cipher);
  container.bind(KERNEL_PIM_CATALOG).toConstantValue(catalog);
  container.bind(KERNEL_CLOCK).toConstantValue({ now: () => new Date() });
  container.bind(KERNEL_CURRENT_USER).toConstantValue({ get: () => ({ id: '7', name: 'Test Admin', locale: 'en_US' }) });
  container.bind(KERNEL_MODULE_SETTINGS).toConstantValue(
    new StaticModuleSettings({ bigcommerce: options.origins ?? [] }, { bigcommerce: { retryDelayMs: '10', ...options.settings } }),
  );
  const registry = new ModuleRegistry();
  bigcommerceModule.register(registry);
  container.bind(KERNEL_TRANSLATOR).toConstantValue(new MessageTranslator(registry.translations));
  container.load(bigcommerceModule.containerModule);
  return { container, logger, cipher, catalog };
}
