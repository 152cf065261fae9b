import { inject, injectable } from 'inversify';

import { KERNEL_CLOCK, KERNEL_PIM_CATALOG, type Clock, type PimCatalog } from '@pim/kernel';
import { StoreListsReader, type StoreLists } from '../bigcommerce/store-lists.reader.js';
import { ModuleError } from '../errors/module-error.js';
import type { FieldMessage } from '../errors/invalid-input.error.js';
import { toSnapshot } from '../mapping/store-lists-snapshot.js';
import type { CodeMapping, StoreListsSnapshot } from '../persistence/credential.entity.js';
import type { CredentialRepository, VerifiedConnection } from '../persistence/credential.repository.js';
import { CREDENTIAL_REPOSITORY } from '../tokens.js';
import { CredentialSecrets } from './credential-secrets.js';
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
  readonly #secrets: CredentialSecrets;
  readonly #lists: StoreListsReader;
  readonly #catalog: PimCatalog;
  readonly #clock: Clock;

  constructor(
    @inject(CredentialService) credentials: CredentialService,
    @inject(CREDENTIAL_REPOSITORY) repository: CredentialRepository,
    @inject(CredentialSecrets) secrets: CredentialSecrets,
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
    const [reading, locales, currencies] = await Promise.all([
      this.#readLists(credential.apiUrl, id),
      this.#catalog.activeLocales(),
      this.#catalog.activeCurrencies(),
    ]);
    const { fresh, readWith } = reading;
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
    if (lists !== null && lists !== previous && readWith !== null) await this.#repository.recordStoreFacts(id, { storeLists: lists }, readWith);
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

  /** The store's lists, and the connection they were read with (null when nothing could be asked). */
  async #readLists(apiUrl: string, id: number): Promise<{ fresh: StoreLists; readWith: VerifiedConnection | null }> {
    try {
      const { accessToken, accessTokenSealed } = await this.#secrets.accessTokenOf(id);
      return { fresh: await this.#lists.read({ apiUrl, accessToken }), readWith: { apiUrl, accessTokenSealed } };
    } catch (error) {
      // The stored token cannot be opened here, or the URL itself is refused: nothing was asked.
      if (!(error instanceof ModuleError)) throw error;
      const cause = { messageKey: error.messageKey, params: error.params };
      return { fresh: { currencies: [], locales: [], localesFrom: 'none', problems: [{ list: 'currencies', error: cause }, { list: 'locales', error: cause }] }, readWith: null };
    }
  }
}

function mappingRows(activeCodes: readonly string[], stored: CodeMapping): MappingRow[] {
  const rows: MappingRow[] = activeCodes.map((pimCode) => ({ pimCode, value: stored[pimCode] ?? '', active: true }));
  for (const [pimCode, value] of Object.entries(stored)) if (!activeCodes.includes(pimCode)) rows.push({ pimCode, value, active: false });
  return rows;
}
