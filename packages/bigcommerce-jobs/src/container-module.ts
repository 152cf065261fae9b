import { ContainerModule, type Newable } from 'inversify';

import { JobChecker } from './check/job-checker.js';
import { ProductExportCheck, ProductImportCheck } from './check/product-job.checks.js';
import { JobText } from './i18n/job-text.js';
import { CredentialChoices } from './options/credential.choices.js';
import { CredentialOffers } from './options/credential-offers.js';
import { CurrencyChoices, LocaleChoices, StorefrontChoices } from './options/dependent.choices.js';

/**
 * The module's services, each bound to itself as a singleton: the option sources and checks a
 * host resolves by the class a contribution names, and what they share. The credential provider
 * they inject is the credentials module's, bound in the same host container.
 */
const SERVICES: readonly Newable<object>[] = [
  CredentialChoices,
  StorefrontChoices,
  LocaleChoices,
  CurrencyChoices,
  ProductExportCheck,
  ProductImportCheck,
  CredentialOffers,
  JobChecker,
  JobText,
];

/** Binds the module's services; bind-only and synchronous, like every module's. */
export class BigcommerceJobsContainerModule extends ContainerModule {
  constructor() {
    super((options) => {
      for (const service of SERVICES) options.bind(service).toSelf().inSingletonScope();
    });
  }
}
