import type { OptionPage, OptionQuery, OptionSource } from '@pim/kernel';

import type { BigcommerceCredentialProvider } from '../public-api.js';

/**
 * The credential list of a job filter, as a kernel option source: a host's async select
 * (`track_by: id`, `label_by: label`) shows it without knowing the module. `params.capability`
 * narrows it for export jobs.
 */
export class CredentialOptionSource implements OptionSource {
  readonly #provider: BigcommerceCredentialProvider;

  constructor(provider: BigcommerceCredentialProvider) {
    this.#provider = provider;
  }

  async list(query: OptionQuery): Promise<OptionPage> {
    const page = await this.#provider.listOptions({
      query: query.query,
      page: query.page,
      perPage: query.perPage,
      ids: query.ids,
      capability: query.params?.capability === 'products:modify' ? 'products:modify' : undefined,
    });
    return {
      options: page.options.map((o) => ({
        id: String(o.id),
        label: o.label,
        ...(o.inactive ? { inactive: true } : {}),
      })),
      page: page.page,
      lastPage: page.lastPage,
    };
  }
}
