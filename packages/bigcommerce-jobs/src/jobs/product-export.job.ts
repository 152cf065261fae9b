import type { JobDeclaration } from '@pim/kernel';

import { ProductExportCheck } from '../check/product-job.checks.js';
import { PERMISSIONS } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { CREDENTIAL_PARAM } from '../options/credential-offers.js';
import { credentialChoices, currencyChoices, localeChoices, storefrontChoices } from '../options/option-sources.js';

/** Depends on the credential chosen: its storefronts, and what its mappings and defaults turn codes into. */
const onCredential = { field: 'credentials', as: CREDENTIAL_PARAM } as const;

/**
 * UnoPim's BigCommerce product export: the credential (the one required filter, active ones
 * whose token may write products), the storefronts, locales and currencies to write (empty: the
 * store's defaults), and catalog filters.
 */
export const productExportJob = {
  code: 'bigcommerce-jobs.product-export',
  type: 'export',
  titleKey: 'bigcommerce-jobs.export.title' satisfies MessageKey,
  descriptionKey: 'bigcommerce-jobs.export.description' satisfies MessageKey,
  permission: PERMISSIONS.export,
  savePermission: PERMISSIONS.exportEdit,
  filters: [
    {
      type: 'options',
      name: 'credentials',
      labelKey: 'bigcommerce-jobs.filter.credential' satisfies MessageKey,
      helpKey: 'bigcommerce-jobs.filter.credential-help-export' satisfies MessageKey,
      required: true,
      source: credentialChoices,
      params: { capability: 'products:modify' },
    },
    {
      type: 'options',
      name: 'storefronts',
      labelKey: 'bigcommerce-jobs.filter.storefronts' satisfies MessageKey,
      multiple: true,
      source: storefrontChoices,
      dependsOn: onCredential,
      emptyKey: 'bigcommerce-jobs.filter.storefronts-empty' satisfies MessageKey,
    },
    {
      type: 'options',
      name: 'locales',
      labelKey: 'bigcommerce-jobs.filter.locales' satisfies MessageKey,
      multiple: true,
      source: localeChoices,
      dependsOn: onCredential,
      emptyKey: 'bigcommerce-jobs.filter.locales-empty' satisfies MessageKey,
    },
    {
      type: 'options',
      name: 'currencies',
      labelKey: 'bigcommerce-jobs.filter.currencies' satisfies MessageKey,
      multiple: true,
      source: currencyChoices,
      dependsOn: onCredential,
      emptyKey: 'bigcommerce-jobs.filter.currencies-empty' satisfies MessageKey,
    },
    {
      type: 'select',
      name: 'productStatus',
      labelKey: 'bigcommerce-jobs.filter.product-status' satisfies MessageKey,
      required: true,
      options: [
        { value: 'enabled', labelKey: 'bigcommerce-jobs.filter.product-status-enabled' satisfies MessageKey },
        { value: 'all', labelKey: 'bigcommerce-jobs.filter.product-status-all' satisfies MessageKey },
      ],
    },
    {
      type: 'textarea',
      name: 'skus',
      labelKey: 'bigcommerce-jobs.filter.skus' satisfies MessageKey,
      helpKey: 'bigcommerce-jobs.filter.skus-help' satisfies MessageKey,
      maxLength: 4000,
    },
  ],
  check: ProductExportCheck,
} as const satisfies JobDeclaration;
