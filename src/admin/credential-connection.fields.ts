import type { FormField } from '@pim/kernel';
import { FIELD_LIMITS } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';

type ModuleFormField = FormField & { readonly labelKey: MessageKey; readonly helpKey?: MessageKey };

const LABEL = {
  name: 'label',
  type: 'text',
  labelKey: 'bigcommerce.credentials.form.label',
  helpKey: 'bigcommerce.credentials.form.label-help',
  required: true,
  maxLength: FIELD_LIMITS.label,
} as const satisfies ModuleFormField;

const API_URL = {
  name: 'apiUrl',
  type: 'url',
  labelKey: 'bigcommerce.credentials.form.api-url',
  helpKey: 'bigcommerce.credentials.form.api-url-help',
  required: true,
  maxLength: FIELD_LIMITS.apiUrl,
} as const satisfies ModuleFormField;

const CLIENT_ID = {
  name: 'clientId',
  type: 'text',
  labelKey: 'bigcommerce.credentials.form.client-id',
  helpKey: 'bigcommerce.credentials.form.client-id-help',
  required: true,
  maxLength: FIELD_LIMITS.clientId,
} as const satisfies ModuleFormField;

const STATUS = {
  name: 'status',
  type: 'switch',
  labelKey: 'bigcommerce.credentials.form.status',
  helpKey: 'bigcommerce.credentials.form.status-help',
  required: true,
  options: [
    { value: 'active', labelKey: 'bigcommerce.credentials.form.status-active' },
    { value: 'inactive', labelKey: 'bigcommerce.credentials.form.status-inactive' },
  ],
} as const satisfies ModuleFormField & { options: readonly { value: string; labelKey: MessageKey }[] };

/**
 * A secret field: required on create; on edit optional, its help saying that a blank or unchanged
 * value keeps what is stored.
 */
function secretField(name: string, key: 'client-secret' | 'access-token', mode: 'create' | 'edit'): ModuleFormField {
  return {
    name,
    type: 'password',
    secret: true,
    labelKey: `bigcommerce.credentials.form.${key}`,
    helpKey:
      mode === 'create' ? `bigcommerce.credentials.form.${key}-help` : `bigcommerce.credentials.form.${key}-edit-help`,
    required: mode === 'create',
    maxLength: FIELD_LIMITS.secret,
  };
}

/** The connection fields, in the order of the spec. */
export function connectionFields(mode: 'create' | 'edit'): readonly ModuleFormField[] {
  return [
    LABEL,
    API_URL,
    CLIENT_ID,
    secretField('clientSecret', 'client-secret', mode),
    secretField('accessToken', 'access-token', mode),
    STATUS,
  ];
}
