import type { JobDeclaration } from '@pim/kernel';

import { ProductImportCheck } from '../check/product-job.checks.js';
import { PERMISSIONS } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { credentialChoices } from '../options/option-sources.js';

/** UnoPim's BigCommerce product import: the credential only (active ones whose token may read products). */
export const productImportJob = {
  code: 'bigcommerce-jobs.product-import',
  type: 'import',
  titleKey: 'bigcommerce-jobs.import.title' satisfies MessageKey,
  descriptionKey: 'bigcommerce-jobs.import.description' satisfies MessageKey,
  permission: PERMISSIONS.import,
  savePermission: PERMISSIONS.importEdit,
  filters: [
    {
      type: 'options',
      name: 'credentials',
      labelKey: 'bigcommerce-jobs.filter.credential' satisfies MessageKey,
      helpKey: 'bigcommerce-jobs.filter.credential-help-import' satisfies MessageKey,
      required: true,
      source: credentialChoices,
      params: { capability: 'products:read' },
    },
  ],
  check: ProductImportCheck,
} as const satisfies JobDeclaration;
