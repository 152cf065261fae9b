import { inject, injectable } from 'inversify';

import type { OptionPage, OptionQuery, OptionSource } from '@pim/kernel';

import { CredentialOffers } from './credential-offers.js';

/** The storefronts the chosen credential serves. */
@injectable()
export class StorefrontChoices implements OptionSource {
  constructor(@inject(CredentialOffers) private readonly offers: CredentialOffers) {}

  list(query: OptionQuery): Promise<OptionPage> {
    return this.offers.page(query, (credential) => this.offers.storefronts(credential));
  }
}

/** The PIM's active locales the chosen credential maps, or covers with its default language. */
@injectable()
export class LocaleChoices implements OptionSource {
  constructor(@inject(CredentialOffers) private readonly offers: CredentialOffers) {}

  list(query: OptionQuery): Promise<OptionPage> {
    return this.offers.page(query, (credential) => this.offers.codes('locales', credential));
  }
}

/** The PIM's active currencies the chosen credential maps, or covers with its default currency. */
@injectable()
export class CurrencyChoices implements OptionSource {
  constructor(@inject(CredentialOffers) private readonly offers: CredentialOffers) {}

  list(query: OptionQuery): Promise<OptionPage> {
    return this.offers.page(query, (credential) => this.offers.codes('currencies', credential));
  }
}
