import { inject, injectable } from 'inversify';

import {
  BIGCOMMERCE_CREDENTIAL_PROVIDER,
  CredentialUnavailableError,
  type BigcommerceCredentialProvider,
  type CredentialSettings,
} from '@pim/bigcommerce-credentials/public-api';
import { KERNEL_PIM_CATALOG, type Option, type OptionPage, type OptionQuery, type PimCatalog } from '@pim/kernel';

import { CODE_FILTERS, fallbackStorefront, offeredCodes, type CodeFilter } from '../check/resolve.js';
import { JobText } from '../i18n/job-text.js';

/** The param a dependent filter's source gets the chosen credential in (its `dependsOn.as`). */
export const CREDENTIAL_PARAM = 'credential';

const NOTHING: OptionPage = { options: [], page: 1, lastPage: 1 };

/**
 * What a chosen credential offers a job's dependent filters, read through the provider without
 * opening its secrets: its storefronts, and the PIM's active locales and currencies it turns into
 * store codes, each saying which and how.
 */
@injectable()
export class CredentialOffers {
  constructor(
    @inject(BIGCOMMERCE_CREDENTIAL_PROVIDER) private readonly provider: BigcommerceCredentialProvider,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(JobText) private readonly text: JobText,
  ) {}

  /**
   * A page of what `offer` makes of the credential in `params.credential`: nothing without one,
   * or when it cannot be used. Rehydrating saved ids answers each, those no longer offered
   * marked `inactive`. The lists are a store's and a PIM's: short, one page.
   */
  async page(query: OptionQuery, offer: (credential: CredentialSettings) => Promise<Option[]>): Promise<OptionPage> {
    const id = query.params?.[CREDENTIAL_PARAM];
    if (id === undefined || id === '') return NOTHING;
    let credential: CredentialSettings;
    try {
      credential = await this.provider.describe(id);
    } catch (error) {
      if (error instanceof CredentialUnavailableError) return NOTHING;
      throw error;
    }
    const offered = await offer(credential);
    if (query.ids !== undefined) {
      const byId = new Map(offered.map((o) => [o.id, o]));
      const options = query.ids.map((saved): Option => byId.get(saved) ?? { id: saved, label: saved, inactive: true });
      return { options, page: 1, lastPage: 1 };
    }
    const search = query.query?.trim().toLowerCase() ?? '';
    const options = search === '' ? offered : offered.filter((o) => o.label.toLowerCase().includes(search));
    return { options, page: 1, lastPage: 1 };
  }

  /** The storefronts the credential serves; the one a job falls back to says so. */
  storefronts(credential: CredentialSettings): Promise<Option[]> {
    const fallback = fallbackStorefront(credential.storefronts);
    return Promise.resolve(
      credential.storefronts.map((s) => ({
        id: String(s.id),
        label: s.name,
        ...(s === fallback ? { hint: this.text.t('bigcommerce-jobs.option.default-storefront') } : {}),
      })),
    );
  }

  /** The PIM's active codes of one kind that the credential turns into store codes, each saying which. */
  async codes(filter: CodeFilter, credential: CredentialSettings): Promise<Option[]> {
    const active = filter === 'locales' ? await this.catalog.activeLocales() : await this.catalog.activeCurrencies();
    const { mapping, fallback } = CODE_FILTERS[filter](credential);
    return offeredCodes(active, mapping, fallback).map((r) => ({
      id: r.pim!,
      label: r.pim!,
      hint: this.text.t(
        r.from === 'mapping' ? 'bigcommerce-jobs.option.becomes-mapping' : 'bigcommerce-jobs.option.becomes-default',
        { code: r.store },
      ),
    }));
  }
}
