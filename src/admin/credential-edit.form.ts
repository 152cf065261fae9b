import type { FormSchema } from '@pim/kernel';
import { FIELD_LIMITS, PERMISSIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { connectionFields } from './credential-connection.fields.js';
import { credentialHistoryDatagrid } from './credential-history.datagrid.js';
import { CredentialFormHandler } from './credential.form-handler.js';

/**
 * Edit: every create field, plus the storefronts served, the defaults and the locale / currency
 * mappings, whose choices are the served storefronts' lists as remembered (in the form state);
 * Test connection and Refresh from store read them again.
 */
export const credentialEditForm = {
  id: 'bigcommerce.credentials.edit',
  permission: PERMISSIONS.credentialsEdit,
  mode: 'edit',
  route: ROUTES.edit,
  submitRoute: ROUTES.credential,
  handler: CredentialFormHandler,
  remoteSubmit: true,
  busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey,
  actions: [
    {
      method: 'verify',
      labelKey: 'bigcommerce.credentials.form.test-connection' satisfies MessageKey,
      route: ROUTES.verify,
      permission: PERMISSIONS.credentialsEdit,
      remote: true,
      busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey,
    },
    {
      method: 'refreshLists',
      labelKey: 'bigcommerce.credentials.form.refresh-lists' satisfies MessageKey,
      route: ROUTES.refreshLists,
      permission: PERMISSIONS.credentialsEdit,
      remote: true,
      busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey,
    },
  ],
  related: [credentialHistoryDatagrid],
  notFoundKey: 'bigcommerce.credentials.errors.gone' satisfies MessageKey,
  titleKey: 'bigcommerce.credentials.form.edit-title' satisfies MessageKey,
  submitLabelKey: 'bigcommerce.credentials.form.update' satisfies MessageKey,
  sections: [
    {
      id: 'connection',
      labelKey: 'bigcommerce.credentials.form.section-connection' satisfies MessageKey,
      fields: connectionFields('edit'),
    },
    {
      id: 'storefronts',
      labelKey: 'bigcommerce.credentials.form.section-storefronts' satisfies MessageKey,
      fields: [
        {
          name: 'channelIds',
          type: 'checkboxes',
          labelKey: 'bigcommerce.credentials.form.storefronts' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.storefronts-help' satisfies MessageKey,
          required: true,
        },
      ],
    },
    {
      id: 'defaults',
      labelKey: 'bigcommerce.credentials.form.section-defaults' satisfies MessageKey,
      fields: [
        {
          name: 'defaultCurrency',
          type: 'select',
          labelKey: 'bigcommerce.credentials.form.default-currency' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.default-currency-help' satisfies MessageKey,
          required: false,
          maxLength: FIELD_LIMITS.currency,
        },
        {
          name: 'defaultLocale',
          type: 'select',
          labelKey: 'bigcommerce.credentials.form.default-locale' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.default-locale-help' satisfies MessageKey,
          required: false,
          maxLength: FIELD_LIMITS.locale,
          allowCustomValue: true,
        },
      ],
    },
    {
      id: 'locale-mapping',
      labelKey: 'bigcommerce.credentials.form.section-locale-mapping' satisfies MessageKey,
      fields: [
        {
          name: 'localeMapping',
          type: 'mapping',
          labelKey: 'bigcommerce.credentials.form.locale-mapping' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.locale-mapping-help' satisfies MessageKey,
          required: false,
          mappingRows: 'pim-locales',
          allowCustomValue: true,
        },
      ],
    },
    {
      id: 'currency-mapping',
      labelKey: 'bigcommerce.credentials.form.section-currency-mapping' satisfies MessageKey,
      fields: [
        {
          name: 'currencyMapping',
          type: 'mapping',
          labelKey: 'bigcommerce.credentials.form.currency-mapping' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.currency-mapping-help' satisfies MessageKey,
          required: false,
          mappingRows: 'pim-currencies',
        },
      ],
    },
  ],
} as const satisfies FormSchema<CredentialFormHandler>;
