import { inject, injectable } from 'inversify';

import { KERNEL_PIM_CATALOG, KERNEL_TRANSLATOR, type PimCatalog, type Translator } from '@pim/kernel';
import { lastPage, searchText } from '../persistence/credential-list.query.js';
import { CredentialListRepository, type CredentialChoice } from '../persistence/credential-list.repository.js';
import { capabilityName, satisfies } from '../capabilities.js';
import { JobCredentialReader, type JobCredentialRow } from '../persistence/job-credential.reader.js';
import { defaultChannelOf, parseCredentialId } from '../domain.js';
import { outcomeKey } from '../i18n/outcome-label.js';
import {
  acceptable,
  offeredCurrencies,
  offeredLocales,
  servedChannelIds,
  storefrontsOf,
  type OfferedCodes,
} from '../mapping/storefront-lists.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import {
  CredentialUnavailableError,
  type CredentialUnavailableReason,
  type ActiveCredential,
  type BigcommerceCredentialProvider,
  type CredentialOption,
  type CredentialOptionPage,
  type CredentialOptionQuery,
  type CredentialStorefront,
  type LastCheck,
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
    @inject(JobCredentialReader) private readonly jobRows: JobCredentialReader,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
  ) {}

  async listOptions(query: CredentialOptionQuery): Promise<CredentialOptionPage> {
    const requires = capabilityName(query.capability);
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
        const usable = row.status === 'active' && satisfies(row.capabilities, requires);
        options.push(usable ? this.#option(row) : { ...this.#option(row), inactive: true });
      }
      return { options, page: 1, lastPage: 1 };
    }
    const page = positiveInt(query.page, 1);
    const perPage = Math.min(positiveInt(query.perPage, DEFAULT_PER_PAGE), MAX_PER_PAGE);
    const search = searchText(query.query);
    const { rows, total } = await this.credentials.findActiveOptions({
      search: search === '' ? null : search,
      requires,
      page,
      perPage,
    });
    return { options: rows.map((row) => this.#option(row)), page, lastPage: lastPage(total, perPage) };
  }

  /** A choice, flagged with a translated warning when its last check failed. */
  #option(row: CredentialChoice): CredentialOption {
    const lastCheck = lastCheckOf(row);
    if (lastCheck === null || lastCheck.ok) return { id: row.id, label: row.label, lastCheck };
    const outcome = this.translator.translate(outcomeKey(lastCheck.outcome));
    const warning = this.translator.translate('bigcommerce.provider.last-check-failed', { outcome });
    return { id: row.id, label: row.label, lastCheck, warning };
  }

  async getActive(id: number | string): Promise<ActiveCredential> {
    const numericId = parseCredentialId(id);
    const key = String(id).slice(0, 32);
    const entity = numericId === null ? null : await this.jobRows.findForJob(numericId);
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
    const storeLocales = offeredLocales(entity.storeLists, entity.channelIds);
    const storeCurrencies = offeredCurrencies(entity.storeLists, entity.channelIds);
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
      localeMapping: usable(entity.localeMapping, locales, storeLocales),
      currencyMapping: usable(entity.currencyMapping, currencies, storeCurrencies),
      storefronts: Object.freeze(servedStorefronts(entity).map((s) => Object.freeze(s))),
      lastCheck: lastCheckOf(entity),
      capabilities: Object.freeze({
        informationRead: entity.capabilities?.informationRead ?? false,
        productsRead: entity.capabilities?.productsRead ?? false,
        productsWrite: entity.capabilities?.productsWrite ?? null,
        channelsRead: entity.capabilities?.channelsRead ?? null,
        ...(entity.capabilities?.planLimitReached === true ? { planLimitReached: true } : {}),
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

/**
 * The rows of a mapping a job may use: for a PIM code active now, to a store code the served
 * storefronts have (as last read; a code that cannot be refuted while their list is unknown passes).
 */
function usable(
  mapping: Readonly<Record<string, string>> | null,
  active: readonly string[],
  offer: OfferedCodes,
): Readonly<Record<string, string>> {
  const allowed = new Set(active);
  return Object.freeze(
    Object.fromEntries(
      Object.entries(mapping ?? {}).filter(([code, value]) => allowed.has(code) && acceptable(offer, value)),
    ),
  );
}

/** The storefronts served, named as last read (the store's name for its default one while unknown). */
function servedStorefronts(entity: JobCredentialRow): CredentialStorefront[] {
  const known = new Map((storefrontsOf(entity.storeLists) ?? []).map((c) => [c.id, c.name]));
  const defaultId = defaultChannelOf(entity.storeLists);
  return servedChannelIds(entity.channelIds, entity.storeLists).map((id) => ({
    id,
    name: known.get(id) ?? (id === defaultId ? (entity.storeName ?? entity.storeHash) : `#${id}`),
  }));
}

function lastCheckOf(row: {
  readonly verifiedAt: Date | null;
  readonly verificationOutcome: string | null;
}): LastCheck {
  if (row.verifiedAt === null || row.verificationOutcome === null) return null;
  return Object.freeze({ at: row.verifiedAt, ok: row.verificationOutcome === 'ok', outcome: row.verificationOutcome });
}

function positiveInt(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
