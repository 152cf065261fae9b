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
import { BIGCOMMERCE_CREDENTIAL_PROVIDER } from './public-api.js';
import { ActiveCredentialProvider } from './services/active-credential.provider.js';
import { ConnectionCheckService } from './services/connection-check.service.js';
import { CredentialSecrets, CredentialSecretStore } from './services/credential-secrets.js';
import { CredentialService } from './services/credential.service.js';
import { JobConnections } from './services/job-connections.js';
import { RecheckCommand } from './commands/recheck.command.js';

/**
 * The module's services, each bound to itself as a singleton. The first ones are what a host
 * resolves, by the class a contribution names (a datagrid's source, a form's handler, the option
 * source, the secret store, the command); the others only the module does.
 */
const SERVICES: readonly Newable<object>[] = [
  CredentialGridSource,
  CredentialHistorySource,
  DeletedHistorySource,
  CredentialFormHandler,
  CredentialOptionSource,
  CredentialSecretStore,
  RecheckCommand,
  CredentialRepository,
  CredentialListRepository,
  JobCredentialReader,
  JobConnections,
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
      // The one token: what import and export jobs resolve (public-api.ts).
      options.bind(BIGCOMMERCE_CREDENTIAL_PROVIDER).to(ActiveCredentialProvider).inSingletonScope();
    });
  }
}
