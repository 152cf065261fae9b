import type { Option, OptionPage, OptionQuery, OptionSource } from '@pim/kernel';
import { parseCredentialId } from '../domain.js';
import type { CredentialRepository } from '../persistence/credential.repository.js';

/**
 * The store's currencies (enabled ones) or languages of one credential (`params.credentialId`),
 * from the lists last read from BigCommerce: no call is made. Rehydrating `ids` returns codes the
 * store did not list (typed locale codes) as they are, so a saved value never goes blank.
 */
export class StoreListOptionSource implements OptionSource {
  readonly #credentials: CredentialRepository;
  readonly #list: 'currencies' | 'locales';

  constructor(credentials: CredentialRepository, list: 'currencies' | 'locales') {
    this.#credentials = credentials;
    this.#list = list;
  }

  async list(query: OptionQuery): Promise<OptionPage> {
    const id = parseCredentialId(query.params?.credentialId);
    const lists = id === null ? null : (await this.#credentials.findById(id))?.storeLists;
    const all: Option[] =
      this.#list === 'currencies'
        ? (lists?.currencies ?? []).filter((c) => c.enabled).map((c) => ({ id: c.code, label: `${c.code} — ${c.name}` }))
        : (lists?.locales ?? []).map((l) => ({ id: l.code, label: l.code }));
    if (query.ids !== undefined) {
      const byId = new Map(all.map((o) => [o.id, o]));
      return { options: query.ids.map((code) => byId.get(code) ?? { id: code, label: code }), page: 1, lastPage: 1 };
    }
    const needle = query.query?.trim().toLowerCase() ?? '';
    return { options: all.filter((o) => o.label.toLowerCase().includes(needle)), page: 1, lastPage: 1 };
  }
}
