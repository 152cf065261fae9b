import type { ModuleDefinition, ModuleRegistrar } from '@pim/kernel';
import { migrations } from '../migrations/index.js';
import { aclEntries } from './admin/acl.js';
import { credentialCreateForm } from './admin/credential-create.form.js';
import { credentialDatagrid } from './admin/credential.datagrid.js';
import { credentialEditForm } from './admin/credential-edit.form.js';
import { credentialHistoryDatagrid, deletedHistoryDatagrid } from './admin/credential-history.datagrid.js';
import { credentialOptions } from './admin/credential.option-source.js';
import { menuItems } from './admin/menu.js';
import { RecheckCommand, RECHECK_USAGE } from './commands/recheck.command.js';
import { MODULE_ID } from './constants.js';
import { BigcommerceContainerModule } from './container-module.js';
import { moduleTranslations } from './i18n/module-translations.js';
import { CredentialHistoryEntity } from './persistence/credential-history.entity.js';
import { CredentialEntity } from './persistence/credential.entity.js';
import { CredentialSecretStore } from './services/credential-secrets.js';

/**
 * The BigCommerce credentials module. Importing this file has no side effects; a host loads the
 * container module, adds the entities, runs the migrations and calls `register`. Each
 * contribution names the classes that serve it; the container module binds them.
 */
const bigcommerceModule: ModuleDefinition = {
  id: MODULE_ID,
  containerModule: new BigcommerceContainerModule(),
  entities: [CredentialEntity, CredentialHistoryEntity],
  migrations,
  register(kernel: ModuleRegistrar): void {
    for (const entry of aclEntries) kernel.addAclEntry(entry);
    for (const item of menuItems) kernel.addMenuItem(item);
    kernel.addOptionSource(credentialOptions);
    kernel.addDatagrid(credentialDatagrid);
    kernel.addDatagrid(credentialHistoryDatagrid);
    kernel.addDatagrid(deletedHistoryDatagrid);
    kernel.addForm(credentialCreateForm);
    kernel.addForm(credentialEditForm);
    kernel.addSecretStore({ name: 'bigcommerce.credentials', store: CredentialSecretStore });
    kernel.addCommand?.({ name: 'bigcommerce:recheck', command: RecheckCommand, usage: RECHECK_USAGE });
    for (const [locale, messages] of moduleTranslations) kernel.addTranslations(locale, messages);
  },
};

export default bigcommerceModule;
export * from './public-api.js';
