import { inject, injectable } from 'inversify';

import {
  BIGCOMMERCE_CREDENTIAL_PROVIDER,
  CAPABILITY_NAMES,
  type BigcommerceCredentialProvider,
} from '@pim/bigcommerce-credentials/public-api';
import type { Option, OptionPage, OptionQuery, OptionSource } from '@pim/kernel';

/**
 * The credentials a job's credential filter offers: the provider's active credentials whose token
 * can do what the field's `capability` param names, flagged when their last check failed.
 */
@injectable()
export class CredentialChoices implements OptionSource {
  constructor(@inject(BIGCOMMERCE_CREDENTIAL_PROVIDER) private readonly provider: BigcommerceCredentialProvider) {}

  async list(query: OptionQuery): Promise<OptionPage> {
    const capability = CAPABILITY_NAMES.find((name) => name === query.params?.capability);
    const page = await this.provider.listOptions({
      query: query.query,
      page: query.page,
      perPage: query.perPage,
      ids: query.ids,
      capability,
    });
    const options = page.options.map((o): Option => ({
      id: String(o.id),
      label: o.label,
      ...(o.inactive === true ? { inactive: true } : {}),
      ...(o.warning === undefined ? {} : { hint: o.warning }),
    }));
    return { options, page: page.page, lastPage: page.lastPage };
  }
}
