import { ContainerModule, type Newable } from 'inversify';

import { UserText } from './i18n/user-text.js';
import { CredentialGridSource } from './admin/credential-grid.source.js';
import { CredentialHistorySource, DeletedHistorySource, HistoryRows } from './admin/credential-history.source.js';
import { CredentialEditState } from './admin/credential-edit.state.js';
import { CredentialFormHandler } from './admin/credential.form-handler.js';
import { CredentialOptionSource } from './admin/credential.option-source.js';
import { BigcommerceClientFactory } from './bigcommerce/bigcommerce-client.factory.js';
import { StoreInspector } from './bigcommerce/store-inspector.js';
import { StoreListsReader } from './bigcommerce/store-lists.reader.js';
import { StoreVerifier } from './bigcommerce/store-verifier.js';
import { CredentialHistoryRepository } from './persistence/credential-history.repository.js';
import { CredentialListRepository } from './persistence/credential-list.repository.js';
import { JobCredentialReader } from './persistence/job-credential.reader.js';
import { CredentialRepository } from './persistence/credential.repository.js';
import { SealedSecretRepository } from './persistence/sealed-secret.repository.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER, type BigcommerceCredentialProvider } from './public-api.js';
import { ActiveCredentialProvider } from './services/active-credential.provider.js';
import { ConnectionCheckService } from './services/connection-check.service.js';
import { CredentialSecrets, CredentialSecretStore } from './services/credential-secrets.js';
import { CredentialService } from './services/credential.service.js';
import {
  CREDENTIAL_FORM_HANDLER,
  CREDENTIAL_GRID,
  CREDENTIAL_HISTORY_GRID,
  DELETED_HISTORY_GRID,
  CREDENTIAL_OPTIONS,
  CREDENTIAL_SECRET_STORE,
  RECHECK_COMMAND,
} from './tokens.js';
import { RecheckCommand } from './commands/recheck.command.js';

/** The module's own services, bound by class: none is resolved by a host. */
const SERVICES: readonly Newable<object>[] = [
  CredentialRepository,
  CredentialListRepository,
  JobCredentialReader,
  CredentialHistoryRepository,
  SealedSecretRepository,
  BigcommerceClientFactory,
  StoreVerifier,
  StoreListsReader,
  StoreInspector,
  CredentialSecrets,
  CredentialService,
  ConnectionCheckService,
  UserText,
  HistoryRows,
  CredentialEditState,
];

/**
 * Binds the module's services. Bind-only and synchronous, so it loads the same way into any
 * inversify 8 host container; the kernel tokens it depends on are the host's to bind.
 */
export class BigcommerceContainerModule extends ContainerModule {
  constructor() {
    super((options) => {
      for (const service of SERVICES) options.bind(service).toSelf().inSingletonScope();
      options.bind(CREDENTIAL_GRID).to(CredentialGridSource).inSingletonScope();
      options.bind(CREDENTIAL_HISTORY_GRID).to(CredentialHistorySource).inSingletonScope();
      options.bind(DELETED_HISTORY_GRID).to(DeletedHistorySource).inSingletonScope();
      options.bind(CREDENTIAL_FORM_HANDLER).to(CredentialFormHandler).inSingletonScope();
      options.bind(CREDENTIAL_SECRET_STORE).to(CredentialSecretStore).inSingletonScope();
      options.bind(RECHECK_COMMAND).to(RecheckCommand).inSingletonScope();
      options.bind(BIGCOMMERCE_CREDENTIAL_PROVIDER).to(ActiveCredentialProvider).inSingletonScope();
      options
        .bind(CREDENTIAL_OPTIONS)
        .toResolvedValue(
          (provider: BigcommerceCredentialProvider) => new CredentialOptionSource(provider),
          [BIGCOMMERCE_CREDENTIAL_PROVIDER],
        )
        .inSingletonScope();
    });
  }
}
