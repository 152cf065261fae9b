import { ContainerModule } from 'inversify';

import { BigcommerceClientFactory } from './bigcommerce/bigcommerce-client.factory.js';
import { StoreListsReader } from './bigcommerce/store-lists.reader.js';
import { StoreVerifier } from './bigcommerce/store-verifier.js';
import { CredentialHistoryRepository } from './persistence/credential-history.repository.js';
import { CredentialRepository } from './persistence/credential.repository.js';
import { CredentialEditPageService } from './services/credential-edit-page.service.js';
import { CredentialService } from './services/credential.service.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER, type BigcommerceCredentialProvider } from './public-api.js';
import { CredentialFormHandler } from './services/credential.form-handler.js';
import { CredentialSecrets, CredentialSecretStore } from './services/credential-secrets.js';
import { CredentialOptionSource } from './services/credential.option-source.js';
import { ActiveCredentialProvider } from './services/credential.provider.js';
import { StoreListOptionSource } from './services/store-list.option-source.js';
import { CREDENTIAL_FORM_HANDLER, CREDENTIAL_HISTORY_REPOSITORY, CREDENTIAL_OPTIONS, CREDENTIAL_SECRET_STORE, CREDENTIAL_REPOSITORY, STORE_CURRENCY_OPTIONS, STORE_LOCALE_OPTIONS } from './tokens.js';

/**
 * Binds the module's services. Bind-only and synchronous, so it loads the same way into any
 * inversify 8 host container; the kernel tokens it depends on are the host's to bind.
 */
export class BigcommerceContainerModule extends ContainerModule {
  constructor() {
    super((options) => {
      options.bind(CREDENTIAL_REPOSITORY).to(CredentialRepository).inSingletonScope();
      options.bind(CREDENTIAL_HISTORY_REPOSITORY).to(CredentialHistoryRepository).inSingletonScope();
      options.bind(BigcommerceClientFactory).toSelf().inSingletonScope();
      options.bind(StoreVerifier).toSelf().inSingletonScope();
      options.bind(StoreListsReader).toSelf().inSingletonScope();
      options.bind(CredentialSecrets).toSelf().inSingletonScope();
      options.bind(CredentialService).toSelf().inSingletonScope();
      options.bind(CredentialEditPageService).toSelf().inSingletonScope();
      options.bind(CREDENTIAL_FORM_HANDLER).to(CredentialFormHandler).inSingletonScope();
      options.bind(CREDENTIAL_SECRET_STORE).to(CredentialSecretStore).inSingletonScope();
      options.bind(BIGCOMMERCE_CREDENTIAL_PROVIDER).to(ActiveCredentialProvider).inSingletonScope();
      options
        .bind(CREDENTIAL_OPTIONS)
        .toResolvedValue((provider: BigcommerceCredentialProvider) => new CredentialOptionSource(provider), [BIGCOMMERCE_CREDENTIAL_PROVIDER])
        .inSingletonScope();
      options
        .bind(STORE_CURRENCY_OPTIONS)
        .toResolvedValue((repository: CredentialRepository) => new StoreListOptionSource(repository, 'currencies'), [CREDENTIAL_REPOSITORY])
        .inSingletonScope();
      options
        .bind(STORE_LOCALE_OPTIONS)
        .toResolvedValue((repository: CredentialRepository) => new StoreListOptionSource(repository, 'locales'), [CREDENTIAL_REPOSITORY])
        .inSingletonScope();
    });
  }
}
