import { inject, injectable } from 'inversify';

import { KERNEL_CLOCK, KERNEL_PIM_CATALOG, type Clock, type PimCatalog } from '@pim/kernel';
import { StoreListsReader, type StoreLists } from '../bigcommerce/store-lists.reader.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import type { FieldMessage } from '../errors/invalid-input.error.js';
import { toSnapshot } from '../mapping/store-lists-snapshot.js';
import type { CodeMapping, StoreListsSnapshot } from '../persistence/credential.entity.js';
import type { CredentialRepository } from '../persistence/credential.repository.js';
import { CREDENTIAL_REPOSITORY } from '../tokens.js';
import { CredentialSecretsReader } from './credential-secrets.reader.js';
import { CredentialService } from './credential.service.js';
import type { CredentialEditView } from './credential-view.js';

/** One row of a mapping table: a PIM code, what it maps to, and whether the PIM still uses it. */
export interface MappingRow {
  readonly pimCode: string;
  readonly value: string;
  /** False for a stored row whose PIM locale / currency was deactivated: kept, shown, not used by jobs. */
  readonly active: boolean;
}

/** A notice above the form, e.g. why the store's lists are missing. */
export interface EditPageNotice {
  readonly messageKey: FieldMessage['messageKey'];
  readonly params: FieldMessage['params'];
  /** The underlying BigCommerce error, translated on its own. */
  readonly cause?: FieldMessage;
}

/** Everything the edit page shows. Contains no secret. */
export interface CredentialEditPage {
  readonly credential: CredentialEditView;
  readonly storeCurrencies: StoreListsSnapshot['currencies'];
  readonly storeLocales: StoreListsSnapshot['locales'];
  readonly localeRows: readonly MappingRow[];
  readonly currencyRows: readonly MappingRow[];
  readonly notices: readonly EditPageNotice[];
}

/**
 * Builds the edit page: the credential, the store's currency and language lists read live once
 * per page (in parallel, and remembered for validating the save), and one mapping row per active
 * PIM locale / currency plus any stored row of a deactivated one. When the lists cannot be read,
 * the last known ones are used and a notice says why.
 */
@injectable()
export class CredentialEditPageService {
  readonly #credentials: CredentialService;
  readonly #repository: CredentialRepository;
  readonly #secrets: CredentialSecretsReader;
  readonly #lists: StoreListsReader;
  readonly #catalog: PimCatalog;
  readonly #clock: Clock;

  constructor(
    @inject(CredentialService) credentials: CredentialService,
    @inject(CREDENTIAL_REPOSITORY) repository: CredentialRepository,
    @inject(CredentialSecretsReader) secrets: CredentialSecretsReader,
    @inject(StoreListsReader) lists: StoreListsReader,
    @inject(KERNEL_PIM_CATALOG) catalog: PimCatalog,
    @inject(KERNEL_CLOCK) clock: Clock,
  ) {
    this.#credentials = credentials;
    this.#repository = repository;
    this.#secrets = secrets;
    this.#lists = lists;
    this.#catalog = catalog;
    this.#clock = clock;
  }

  async load(id: number): Promise<CredentialEditPage> {
    const credential = await this.#credentials.getForEdit(id);
    const [fresh, locales, currencies] = await Promise.all([
      this.#readLists(credential.apiUrl, id),
      this.#catalog.activeLocales(),
      this.#catalog.activeCurrencies(),
    ]);
    const notices: EditPageNotice[] = [];
    for (const problem of fresh.problems) {
      notices.push({
        messageKey: problem.list === 'currencies' ? 'bigcommerce.credentials.form.currencies-unavailable' : 'bigcommerce.credentials.form.locales-unavailable',
        params: {},
        cause: { messageKey: problem.error.messageKey, params: problem.error.params },
      });
    }
    const previous = (await this.#repository.findById(id))?.storeLists ?? null;
    const lists = toSnapshot(fresh, this.#clock.now(), previous);
    if (lists !== null && lists !== previous) await this.#repository.recordStoreFacts(id, { storeLists: lists });
    if (lists !== null && lists.localesFrom !== 'graphql') notices.push({ messageKey: 'bigcommerce.credentials.form.locales-default-only', params: {} });
    return {
      credential,
      storeCurrencies: lists?.currencies ?? [],
      storeLocales: lists?.locales ?? [],
      localeRows: mappingRows(locales, credential.localeMapping),
      currencyRows: mappingRows(currencies, credential.currencyMapping),
      notices,
    };
  }

  async #readLists(apiUrl: string, id: number): Promise<StoreLists> {
    try {
      return await this.#lists.read({ apiUrl, accessToken: await this.#secrets.accessToken(id) });
    } catch (error) {
      // The URL or token itself was refused before any list could be asked for.
      const cause = error instanceof BigcommerceError ? error : new BigcommerceError('unreachable', { params: { reason: 'error' } });
      return { currencies: [], locales: [], localesFrom: 'none', problems: [{ list: 'currencies', error: cause }, { list: 'locales', error: cause }] };
    }
  }
}

function mappingRows(activeCodes: readonly string[], stored: CodeMapping): MappingRow[] {
  const rows: MappingRow[] = activeCodes.map((pimCode) => ({ pimCode, value: stored[pimCode] ?? '', active: true }));
  for (const [pimCode, value] of Object.entries(stored)) if (!activeCodes.includes(pimCode)) rows.push({ pimCode, value, active: false });
  return rows;
}
