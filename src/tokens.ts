import type { ServiceIdentifier } from 'inversify';

import type { FormHandler, OptionSource, SecretStore } from '@pim/kernel';
import type { CredentialHistoryRepository } from './persistence/credential-history.repository.js';
import type { CredentialRepository } from './persistence/credential.repository.js';

/* Internal tokens: bound by the module's container module, never imported by a host or a job. */

export const CREDENTIAL_REPOSITORY = Symbol.for('bigcommerce.CredentialRepository') as ServiceIdentifier<CredentialRepository>;
export const CREDENTIAL_HISTORY_REPOSITORY = Symbol.for('bigcommerce.CredentialHistoryRepository') as ServiceIdentifier<CredentialHistoryRepository>;
export const STORE_CURRENCY_OPTIONS = Symbol.for('bigcommerce.StoreCurrencyOptions') as ServiceIdentifier<OptionSource>;
export const STORE_LOCALE_OPTIONS = Symbol.for('bigcommerce.StoreLocaleOptions') as ServiceIdentifier<OptionSource>;
export const CREDENTIAL_OPTIONS = Symbol.for('bigcommerce.CredentialOptions') as ServiceIdentifier<OptionSource>;
export const CREDENTIAL_FORM_HANDLER = Symbol.for('bigcommerce.CredentialFormHandler') as ServiceIdentifier<FormHandler>;
export const CREDENTIAL_SECRET_STORE = Symbol.for('bigcommerce.CredentialSecretStore') as ServiceIdentifier<SecretStore>;
