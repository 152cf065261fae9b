import type { FormSchema } from '@pim/kernel';
import { FIELD_LIMITS, OPTION_SOURCES, PERMISSIONS, REGISTRATIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { connectionFields } from './credential-connection.fields.js';

/** Edit: every create field, plus defaults and the locale / currency mappings. */
export const credentialEditForm = {
  id: REGISTRATIONS.editForm,
  permission: PERMISSIONS.credentialsEdit,
  mode: 'edit',
  route: ROUTES.edit,
  submitRoute: ROUTES.credential,
  handler: REGISTRATIONS.formHandler,
  remoteSubmit: true,
  busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey,
  actions: [
    { name: 'verify', labelKey: 'bigcommerce.credentials.form.test-connection' satisfies MessageKey, route: ROUTES.verify, permission: PERMISSIONS.credentialsEdit, remote: true, busyLabelKey: 'bigcommerce.credentials.form.busy' satisfies MessageKey },
  ],
  titleKey: 'bigcommerce.credentials.form.edit-title' satisfies MessageKey,
  submitLabelKey: 'bigcommerce.credentials.form.update' satisfies MessageKey,
  sections: [
    { id: 'connection', labelKey: 'bigcommerce.credentials.form.section-connection' satisfies MessageKey, fields: connectionFields('edit') },
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
          optionSource: OPTION_SOURCES.storeCurrencies,
        },
        {
          name: 'defaultLocale',
          type: 'select',
          labelKey: 'bigcommerce.credentials.form.default-locale' satisfies MessageKey,
          helpKey: 'bigcommerce.credentials.form.default-locale-help' satisfies MessageKey,
          required: false,
          maxLength: FIELD_LIMITS.locale,
          optionSource: OPTION_SOURCES.storeLocales,
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
          optionSource: OPTION_SOURCES.storeLocales,
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
          optionSource: OPTION_SOURCES.storeCurrencies,
        },
      ],
    },
  ],
} as const satisfies FormSchema;
