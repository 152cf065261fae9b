import { inject, injectable } from 'inversify';

import type { OptionPage, OptionQuery, OptionSource, OptionSourceRegistration } from '@pim/kernel';

import { PERMISSIONS } from '../constants.js';
import { capabilityName } from '../capabilities.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER, type BigcommerceCredentialProvider } from '../public-api.js';

/**
 * The credential list of a job filter, as a kernel option source: a host's async select
 * (`track_by: id`, `label_by: label`) shows it without knowing the module. `params.capability`
 * narrows it (`products:modify` for export jobs, `channels:read`); a credential whose last check
 * failed carries the warning as its hint.
 */
@injectable()
export class CredentialOptionSource implements OptionSource {
  constructor(@inject(BIGCOMMERCE_CREDENTIAL_PROVIDER) private readonly provider: BigcommerceCredentialProvider) {}

  async list(query: OptionQuery): Promise<OptionPage> {
    const page = await this.provider.listOptions({
      query: query.query,
      page: query.page,
      perPage: query.perPage,
      ids: query.ids,
      capability: capabilityName(query.params?.capability),
    });
    return {
      options: page.options.map((o) => ({
        id: String(o.id),
        label: o.label,
        ...(o.inactive ? { inactive: true } : {}),
        ...(o.warning ? { hint: o.warning } : {}),
      })),
      page: page.page,
      lastPage: page.lastPage,
    };
  }
}

/** The credentials a job filter offers, registered as the option source `bigcommerce.credentials`. */
export const credentialOptions = {
  name: 'bigcommerce.credentials',
  source: CredentialOptionSource,
  permission: PERMISSIONS.credentials,
} as const satisfies OptionSourceRegistration;
