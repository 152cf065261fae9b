import { inject, injectable } from 'inversify';

import { KERNEL_PIM_CATALOG, KERNEL_TRANSLATOR, type PimCatalog, type Translator } from '@pim/kernel';
import { lastPage, searchText } from '../persistence/credential-list.query.js';
import { CredentialListRepository } from '../persistence/credential-list.repository.js';
import { parseCredentialId } from '../domain.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import {
  CredentialUnavailableError,
  type CredentialUnavailableReason,
  type ActiveCredential,
  type BigcommerceCredentialProvider,
  type CredentialOption,
  type CredentialOptionPage,
  type CredentialOptionQuery,
} from '../public-api.js';
import { CredentialSecrets, type PlainSecrets } from './credential-secrets.js';

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;
const MAX_IDS = 100;

/**
 * The credential provider jobs use. Reads the database on every call (no cache), so deactivating
 * or deleting a credential takes effect at the next call. The only place a secret leaves the
 * module.
 */
@injectable()
export class ActiveCredentialProvider implements BigcommerceCredentialProvider {
  constructor(
    @inject(CredentialListRepository) private readonly credentials: CredentialListRepository,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
  ) {}

  async listOptions(query: CredentialOptionQuery): Promise<CredentialOptionPage> {
    const requireProductsWrite = query.capability === 'products:modify';
    if (query.ids !== undefined) {
      const ids = [
        ...new Set(
          query.ids
            .slice(0, MAX_IDS)
            .map(parseCredentialId)
            .filter((id) => id !== null),
        ),
      ];
      const found = await this.credentials.findChoices(ids);
      const byId = new Map(found.map((row) => [row.id, row]));
      const options: CredentialOption[] = [];
      for (const id of ids) {
        const row = byId.get(id);
        if (row === undefined) continue;
        const usable = row.status === 'active' && (!requireProductsWrite || row.productsWrite === true);
        options.push(usable ? { id: row.id, label: row.label } : { id: row.id, label: row.label, inactive: true });
      }
      return { options, page: 1, lastPage: 1 };
    }
    const page = positiveInt(query.page, 1);
    const perPage = Math.min(positiveInt(query.perPage, DEFAULT_PER_PAGE), MAX_PER_PAGE);
    const search = searchText(query.query);
    const { rows, total } = await this.credentials.findActiveOptions({
      search: search === '' ? null : search,
      requireProductsWrite,
      page,
      perPage,
    });
    return { options: rows, page, lastPage: lastPage(total, perPage) };
  }

  async getActive(id: number | string): Promise<ActiveCredential> {
    const numericId = parseCredentialId(id);
    const key = String(id).slice(0, 32);
    const entity = numericId === null ? null : await this.credentials.findForJob(numericId);
    if (entity === null) throw this.#unavailable(key, 'missing');
    if (entity.status !== 'active') throw this.#unavailable(key, 'inactive');
    let secrets: PlainSecrets;
    try {
      secrets = this.secrets.open(entity);
    } catch (error) {
      if (error instanceof SecretUnavailableError)
        throw this.#unavailable(key, 'secret-unreadable', { keyId: String(error.params.keyId) });
      throw error;
    }
    const [locales, currencies] = await Promise.all([this.catalog.activeLocales(), this.catalog.activeCurrencies()]);
    return Object.freeze({
      id: entity.id,
      label: entity.label,
      baseUrl: entity.apiUrl,
      storeHash: entity.storeHash,
      clientId: entity.clientId,
      clientSecret: secrets.clientSecret,
      accessToken: secrets.accessToken,
      defaultCurrency: entity.defaultCurrency,
      defaultLocale: entity.defaultLocale,
      localeMapping: onlyActive(entity.localeMapping, locales),
      currencyMapping: onlyActive(entity.currencyMapping, currencies),
      capabilities: Object.freeze({
        ...(entity.capabilities ?? { informationRead: false, productsRead: false, productsWrite: null }),
      }),
    });
  }

  #unavailable(
    id: string,
    reason: CredentialUnavailableReason,
    params: Record<string, string> = {},
  ): CredentialUnavailableError {
    const message = this.translator.translate(CredentialUnavailableError.messageKeyFor(reason), { ...params, id });
    return new CredentialUnavailableError(id, reason, message, params);
  }
}

function onlyActive(
  mapping: Readonly<Record<string, string>> | null,
  active: readonly string[],
): Readonly<Record<string, string>> {
  const allowed = new Set(active);
  return Object.freeze(Object.fromEntries(Object.entries(mapping ?? {}).filter(([code]) => allowed.has(code))));
}

function positiveInt(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
