import type { ServiceIdentifier } from 'inversify';
import type { DataSource } from 'typeorm';

import type {
  Clock,
  CurrentUser,
  Logger,
  ModuleSettings,
  PimCatalog,
  SecretCipher,
  Translator,
} from './host-services.js';

/*
 * Tokens of the services a host binds before it loads any module. Symbol.for keeps them equal
 * across copies of this file, so a host built against another build of the contract still meets
 * the module.
 */

/** The host's TypeORM DataSource, initialised, with every module's entities. @public */
export const KERNEL_DATA_SOURCE = Symbol.for('pim.kernel.DataSource') as ServiceIdentifier<DataSource>;
/** @public */
export const KERNEL_LOGGER = Symbol.for('pim.kernel.Logger') as ServiceIdentifier<Logger>;
/** @public */
export const KERNEL_TRANSLATOR = Symbol.for('pim.kernel.Translator') as ServiceIdentifier<Translator>;
/** @public */
export const KERNEL_PIM_CATALOG = Symbol.for('pim.kernel.PimCatalog') as ServiceIdentifier<PimCatalog>;
/** @public */
export const KERNEL_SECRET_CIPHER = Symbol.for('pim.kernel.SecretCipher') as ServiceIdentifier<SecretCipher>;
/** @public */
export const KERNEL_CURRENT_USER = Symbol.for('pim.kernel.CurrentUser') as ServiceIdentifier<CurrentUser>;
/** @public */
export const KERNEL_CLOCK = Symbol.for('pim.kernel.Clock') as ServiceIdentifier<Clock>;
/** @public */
export const KERNEL_MODULE_SETTINGS = Symbol.for('pim.kernel.ModuleSettings') as ServiceIdentifier<ModuleSettings>;
