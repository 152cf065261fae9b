import {
  KERNEL_CLOCK,
  KERNEL_CURRENT_USER,
  KERNEL_DATA_SOURCE,
  KERNEL_LOGGER,
  KERNEL_MODULE_SETTINGS,
  KERNEL_PIM_CATALOG,
  KERNEL_SECRET_CIPHER,
  KERNEL_TRANSLATOR,
  type Clock,
  type CurrentUser,
  type Logger,
  type ModuleSettings,
  type PimCatalog,
  type SecretCipher,
  type Translator,
} from '@pim/kernel';
import type { Container } from 'inversify';
import type { DataSource } from 'typeorm';

/** The services a host offers every module, one per kernel token. */
export interface KernelServices {
  /** Absent only where nothing stored is used (unit-level containers). */
  readonly dataSource?: DataSource;
  readonly logger: Logger;
  readonly translator: Translator;
  readonly catalog: PimCatalog;
  readonly cipher: SecretCipher;
  readonly currentUser: CurrentUser;
  readonly clock: Clock;
  readonly settings: ModuleSettings;
}

/** Binds the kernel services under their tokens: what must happen before a module's container module is loaded. */
export function bindKernelServices(container: Container, services: KernelServices): void {
  if (services.dataSource !== undefined) container.bind(KERNEL_DATA_SOURCE).toConstantValue(services.dataSource);
  container.bind(KERNEL_LOGGER).toConstantValue(services.logger);
  container.bind(KERNEL_TRANSLATOR).toConstantValue(services.translator);
  container.bind(KERNEL_PIM_CATALOG).toConstantValue(services.catalog);
  container.bind(KERNEL_SECRET_CIPHER).toConstantValue(services.cipher);
  container.bind(KERNEL_CURRENT_USER).toConstantValue(services.currentUser);
  container.bind(KERNEL_CLOCK).toConstantValue(services.clock);
  container.bind(KERNEL_MODULE_SETTINGS).toConstantValue(services.settings);
}
