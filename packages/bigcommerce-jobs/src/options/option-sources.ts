import type { OptionSourceRegistration } from '@pim/kernel';

import { PERMISSIONS } from '../constants.js';
import { CredentialChoices } from './credential.choices.js';
import { CurrencyChoices, LocaleChoices, StorefrontChoices } from './dependent.choices.js';

/** The option sources of the jobs' filters; anyone who may see a BigCommerce job may ask them. */
export const credentialChoices = {
  name: 'bigcommerce-jobs.credentials',
  source: CredentialChoices,
  permission: PERMISSIONS.root,
} as const satisfies OptionSourceRegistration;

export const storefrontChoices = {
  name: 'bigcommerce-jobs.storefronts',
  source: StorefrontChoices,
  permission: PERMISSIONS.root,
} as const satisfies OptionSourceRegistration;

export const localeChoices = {
  name: 'bigcommerce-jobs.locales',
  source: LocaleChoices,
  permission: PERMISSIONS.root,
} as const satisfies OptionSourceRegistration;

export const currencyChoices = {
  name: 'bigcommerce-jobs.currencies',
  source: CurrencyChoices,
  permission: PERMISSIONS.root,
} as const satisfies OptionSourceRegistration;

export const optionSources = [credentialChoices, storefrontChoices, localeChoices, currencyChoices] as const;
