import type { ServiceIdentifier } from 'inversify';

import type { DatagridRepository, FormHandler, ModuleCommand, OptionSource, SecretStore } from '@pim/kernel';

import type { CredentialGridRow } from './admin/credential-grid.source.js';
import type { HistoryGridRow } from './admin/credential-history.source.js';

/*
 * The tokens under which the module registers services with a host (see `register` in index.ts).
 * Everything else is bound by class in the container module and never resolved by a host or a job.
 */

export const CREDENTIAL_GRID = Symbol.for('bigcommerce.CredentialGrid') as ServiceIdentifier<
  DatagridRepository<CredentialGridRow>
>;
export const CREDENTIAL_OPTIONS = Symbol.for('bigcommerce.CredentialOptions') as ServiceIdentifier<OptionSource>;
export const CREDENTIAL_FORM_HANDLER = Symbol.for(
  'bigcommerce.CredentialFormHandler',
) as ServiceIdentifier<FormHandler>;
export const CREDENTIAL_SECRET_STORE = Symbol.for(
  'bigcommerce.CredentialSecretStore',
) as ServiceIdentifier<SecretStore>;
export const RECHECK_COMMAND = Symbol.for('bigcommerce.RecheckCommand') as ServiceIdentifier<ModuleCommand>;
export const CREDENTIAL_HISTORY_GRID = Symbol.for('bigcommerce.CredentialHistoryGrid') as ServiceIdentifier<
  DatagridRepository<HistoryGridRow>
>;
export const DELETED_HISTORY_GRID = Symbol.for('bigcommerce.DeletedHistoryGrid') as ServiceIdentifier<
  DatagridRepository<HistoryGridRow>
>;
