import type { FormSchema } from '@pim/kernel';
import { PERMISSIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { connectionFields } from './credential-connection.fields.js';
import { CredentialFormHandler } from './credential.form-handler.js';

/** Create: Label, API URL, Client ID, Client Secret, Access Token, Status. */
export const credentialCreateForm = {
  id: 'bigcommerce.credentials.create',
  permission: PERMISSIONS.credentialsCreate,
  mode: 'create',
  route: ROUTES.create,
  submitRoute: ROUTES.credentials,
  handler: CredentialFormHandler,
  afterCreateRoute: ROUTES.edit,
  remoteSubmit: true,
  busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey,
  titleKey: 'bigcommerce.credentials.form.create-title' satisfies MessageKey,
  submitLabelKey: 'bigcommerce.credentials.form.save' satisfies MessageKey,
  sections: [
    {
      id: 'connection',
      labelKey: 'bigcommerce.credentials.form.section-connection' satisfies MessageKey,
      fields: connectionFields('create'),
    },
  ],
} as const satisfies FormSchema<CredentialFormHandler>;
