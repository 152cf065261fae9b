import { inject, injectable } from 'inversify';

import { KERNEL_PIM_CATALOG, KERNEL_TRANSLATOR, type PimCatalog, type Translator } from '@pim/kernel';
import { lastPage, searchText } from '../persistence/credential-list.query.js';
import { CredentialListRepository, type CredentialChoice } from '../persistence/credential-list.repository.js';
import { capabilityName, satisfies } from '../capabilities.js';
import { JobCredentialReader, type JobCredentialRow } from '../persistence/job-credential.reader.js';
import { parseCredentialId } from '../domain.js';
import { outcomeKey } from '../i18n/outcome-label.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import {
  CredentialUnavailableError,
  type CredentialUnavailableReason,
  type ActiveCredential,
  type BigcommerceCredentialProvider,
  type CredentialOption,
  type CredentialOptionPage,
  type CredentialOptionQuery,
  type CredentialSettings,
  type StoreConnection,
} from '../public-api.js';
import { CredentialSecrets, type PlainSecrets } from './credential-secrets.js';
import { lastCheckOf, settingsOf } from './credential-settings.js';
import { JobConnections } from './job-connections.js';

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;
const MAX_IDS = 100;

/**
 * The credential provider jobs use. Reads the database on every call (no cache), so deactivating
 * or deleting a credential takes effect at the next call. The only place a secret leaves the
 * module, and where jobs get their connection to a store.
 */
@injectable()
export class ActiveCredentialProvider implements BigcommerceCredentialProvider {
  constructor(
    @inject(CredentialListRepository) private readonly credentials: CredentialListRepository,
    @inject(JobCredentialReader) private readonly jobRows: JobCredentialReader,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
    @inject(JobConnections) private readonly connections: JobConnections,
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
    const lastCheck = lastCheckOf(row, this.#summary);
    if (lastCheck === null || lastCheck.ok) return { id: row.id, label: row.label, lastCheck };
    const warning = this.translator.translate('bigcommerce.provider.last-check-failed', { outcome: lastCheck.summary });
    return { id: row.id, label: row.label, lastCheck, warning };
  }

  async getActive(id: number | string): Promise<ActiveCredential> {
    const row = await this.#usableRow(id);
    let secrets: PlainSecrets;
    try {
      secrets = this.secrets.open(row);
    } catch (error) {
      if (error instanceof SecretUnavailableError)
        throw this.#unavailable(keyOf(id), 'secret-unreadable', { keyId: String(error.params.keyId) });
      throw error;
    }
    return Object.freeze({
      ...(await this.#settings(row)),
      clientId: row.clientId,
      clientSecret: secrets.clientSecret,
      accessToken: secrets.accessToken,
    });
  }

  async describe(id: number | string): Promise<CredentialSettings> {
    return this.#settings(await this.#usableRow(id));
  }

  connect(credential: ActiveCredential): StoreConnection {
    return this.connections.open(credential);
  }

  /** The credential's row, read fresh, if a job may use it. */
  async #usableRow(id: number | string): Promise<JobCredentialRow> {
    const numericId = parseCredentialId(id);
    const row = numericId === null ? null : await this.jobRows.findForJob(numericId);
    if (row === null) throw this.#unavailable(keyOf(id), 'missing');
    if (row.status !== 'active') throw this.#unavailable(keyOf(id), 'inactive');
    return row;
  }

  async #settings(row: JobCredentialRow): Promise<CredentialSettings> {
    const [activeLocales, activeCurrencies] = await Promise.all([
      this.catalog.activeLocales(),
      this.catalog.activeCurrencies(),
    ]);
    return settingsOf(row, { activeLocales, activeCurrencies, summary: this.#summary });
  }

  readonly #summary = (outcome: string) => this.translator.translate(outcomeKey(outcome));

  #unavailable(
    id: string,
    reason: CredentialUnavailableReason,
    params: Record<string, string> = {},
  ): CredentialUnavailableError {
    const message = this.translator.translate(CredentialUnavailableError.messageKeyFor(reason), { ...params, id });
    return new CredentialUnavailableError(id, reason, message, params);
  }
}

/** The id as a job gave it, bounded, for messages. */
const keyOf = (id: number | string) => String(id).slice(0, 32);

function positiveInt(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}
