import type { Clock, CurrentUser, SecretCipher } from '@pim/kernel';
import { moduleTestContainer, RecordingLogger, TestCatalog, TestCipher, TestSettings } from '@pim/kernel/testing';
import type { Container } from 'inversify';
import type { DataSource } from 'typeorm';

import bigcommerceModule from '../../src/index.js';

export interface HarnessOptions {
  readonly dataSource?: DataSource;
  readonly origins?: readonly string[];
  readonly settings?: Readonly<Record<string, string>>;
  /** The host's cipher; by default a fresh one with a random key. */
  readonly cipher?: SecretCipher;
  /** The host's clock; by default the real one. */
  readonly clock?: Clock;
}

/** The user every harness acts as. */
export const HARNESS_USER: CurrentUser = { get: () => ({ id: '7', name: 'Test Admin', locale: 'en_US' }) };

/**
 * The module loaded the way a host loads it, with the kernel test kit's host services: no host
 * code, as a third-party module's tests would. Retries are quick (10 ms) unless `settings` says.
 */
export function moduleContainer(options: HarnessOptions = {}): {
  container: Container;
  logger: RecordingLogger;
  cipher: SecretCipher;
  catalog: TestCatalog;
} {
  const logger = new RecordingLogger();
  const catalog = new TestCatalog(['en_US', 'fr_FR', 'de_DE'], ['USD', 'EUR', 'GBP']);
  const cipher = options.cipher ?? new TestCipher();
  const { container } = moduleTestContainer(bigcommerceModule, {
    dataSource: options.dataSource,
    logger,
    catalog,
    cipher,
    currentUser: HARNESS_USER,
    clock: options.clock,
    settings: new TestSettings(
      { bigcommerce: options.origins ?? [] },
      { bigcommerce: { retryDelayMs: '10', ...options.settings } },
    ),
  });
  return { container, logger, cipher, catalog };
}
