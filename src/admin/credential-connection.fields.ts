import type { FormField } from '@pim/kernel';
import { FIELD_LIMITS } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';

type ModuleFormField = FormField & { readonly labelKey: MessageKey; readonly helpKey?: MessageKey };

/**
 * The connection fields, in the order of the spec. On edit the secrets are optional and their
 * help explains that a blank or unchanged value keeps what is stored.
 */
export function connectionFields(mode: 'create' | 'edit'): readonly ModuleFormField[] {
  const secretRequired = mode === 'create';
  return [
    {
      name: 'label',
      type: 'text',
      labelKey: 'bigcommerce.credentials.form.label',
      helpKey: 'bigcommerce.credentials.form.label-help',
      required: true,
      maxLength: FIELD_LIMITS.label,
    },
    {
      name: 'apiUrl',
      type: 'url',
      labelKey: 'bigcommerce.credentials.form.api-url',
      helpKey: 'bigcommerce.credentials.form.api-url-help',
      required: true,
      maxLength: FIELD_LIMITS.apiUrl,
    },
    {
      name: 'clientId',
      type: 'text',
      labelKey: 'bigcommerce.credentials.form.client-id',
      helpKey: 'bigcommerce.credentials.form.client-id-help',
      required: true,
      maxLength: FIELD_LIMITS.clientId,
    },
    {
      name: 'clientSecret',
      type: 'password',
      secret: true,
      labelKey: 'bigcommerce.credentials.form.client-secret',
      helpKey: secretRequired
        ? 'bigcommerce.credentials.form.client-secret-help'
        : 'bigcommerce.credentials.form.client-secret-edit-help',
      required: secretRequired,
      maxLength: FIELD_LIMITS.secret,
    },
    {
      name: 'accessToken',
      type: 'password',
      secret: true,
      labelKey: 'bigcommerce.credentials.form.access-token',
      helpKey: secretRequired
        ? 'bigcommerce.credentials.form.access-token-help'
        : 'bigcommerce.credentials.form.access-token-edit-help',
      required: secretRequired,
      maxLength: FIELD_LIMITS.secret,
    },
    {
      name: 'status',
      type: 'switch',
      labelKey: 'bigcommerce.credentials.form.status',
      helpKey: 'bigcommerce.credentials.form.status-help',
      required: true,
      options: [
        { value: 'active', labelKey: 'bigcommerce.credentials.form.status-active' satisfies MessageKey },
        { value: 'inactive', labelKey: 'bigcommerce.credentials.form.status-inactive' satisfies MessageKey },
      ],
    },
  ];
}
