import type { ModuleDefinition, ModuleRegistrar } from '@pim/kernel';
import { migrations } from '../migrations/index.js';
import { aclEntries } from './admin/acl.js';
import { credentialCreateForm } from './admin/credential-create.form.js';
import { credentialDatagrid } from './admin/credential.datagrid.js';
import { credentialEditForm } from './admin/credential-edit.form.js';
import { credentialHistoryDatagrid, deletedHistoryDatagrid } from './admin/credential-history.datagrid.js';
import { menuItems } from './admin/menu.js';
import { MODULE_ID, OPTION_SOURCES, PERMISSIONS, REGISTRATIONS } from './constants.js';
import { BigcommerceContainerModule } from './container-module.js';
import { moduleTranslations } from './i18n/module-translations.js';
import { CredentialHistoryEntity } from './persistence/credential-history.entity.js';
import { CredentialEntity } from './persistence/credential.entity.js';
import {
  CREDENTIAL_FORM_HANDLER,
  CREDENTIAL_GRID,
  CREDENTIAL_HISTORY_GRID,
  DELETED_HISTORY_GRID,
  CREDENTIAL_OPTIONS,
  CREDENTIAL_SECRET_STORE,
  RECHECK_COMMAND,
} from './tokens.js';
import { RECHECK_USAGE } from './commands/recheck.command.js';

/**
 * The BigCommerce credentials module. Importing this file has no side effects; a host loads the
 * container module, adds the entities, runs the migrations and calls `register`.
 */
const bigcommerceModule: ModuleDefinition = {
  id: MODULE_ID,
  containerModule: new BigcommerceContainerModule(),
  entities: [CredentialEntity, CredentialHistoryEntity],
  migrations,
  register(kernel: ModuleRegistrar): void {
    for (const entry of aclEntries) kernel.addAclEntry(entry);
    for (const item of menuItems) kernel.addMenuItem(item);
    kernel.addRepository({ name: REGISTRATIONS.credentialRepository, token: CREDENTIAL_GRID });
    kernel.addOptionSource({
      name: OPTION_SOURCES.credentials,
      token: CREDENTIAL_OPTIONS,
      permission: PERMISSIONS.credentials,
    });
    kernel.addDatagrid(credentialDatagrid);
    kernel.addRepository({ name: REGISTRATIONS.historyDatagrid, token: CREDENTIAL_HISTORY_GRID });
    kernel.addDatagrid(credentialHistoryDatagrid);
    kernel.addRepository({ name: REGISTRATIONS.deletedDatagrid, token: DELETED_HISTORY_GRID });
    kernel.addDatagrid(deletedHistoryDatagrid);
    kernel.addFormHandler({ name: REGISTRATIONS.formHandler, token: CREDENTIAL_FORM_HANDLER });
    kernel.addSecretStore({ name: REGISTRATIONS.secretStore, token: CREDENTIAL_SECRET_STORE });
    kernel.addForm(credentialCreateForm);
    kernel.addForm(credentialEditForm);
    kernel.addCommand?.({ name: REGISTRATIONS.recheckCommand, token: RECHECK_COMMAND, usage: RECHECK_USAGE });
    for (const [locale, messages] of moduleTranslations) kernel.addTranslations(locale, messages);
  },
};

export default bigcommerceModule;
export * from './public-api.js';
