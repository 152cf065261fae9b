import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import {
  KERNEL_CLOCK,
  KERNEL_CURRENT_USER,
  KERNEL_DATA_SOURCE,
  KERNEL_LOGGER,
  KERNEL_PIM_CATALOG,
  type Clock,
  type CurrentUser,
  type Logger,
  type PimCatalog,
} from '@pim/kernel';
import { normalizeApiUrl, type NormalizedApiUrl } from '../bigcommerce/api-url.js';
import { BigcommerceClientFactory } from '../bigcommerce/bigcommerce-client.factory.js';
import { StoreListsReader } from '../bigcommerce/store-lists.reader.js';
import { StoreVerifier, type VerifiedStore } from '../bigcommerce/store-verifier.js';
import { CreateCredentialDto } from '../dto/create-credential.dto.js';
import { UpdateCredentialDto } from '../dto/update-credential.dto.js';
import { validateInput } from '../dto/validate-input.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import { prefillMappings } from '../mapping/mapping-prefill.js';
import { validateMappings } from '../mapping/mapping-validator.js';
import { toSnapshot } from '../mapping/store-lists-snapshot.js';
import { CredentialNotFoundError, DuplicateLabelError, StaleCredentialError } from '../errors/persistence.errors.js';
import type { CredentialHistoryEvent, FieldChange } from '../persistence/credential-history.entity.js';
import type { CredentialHistoryRepository } from '../persistence/credential-history.repository.js';
import type { CredentialEntity, StoreListsSnapshot } from '../persistence/credential.entity.js';
import type { CredentialChanges, CredentialRepository } from '../persistence/credential.repository.js';
import { CREDENTIAL_HISTORY_REPOSITORY, CREDENTIAL_REPOSITORY } from '../tokens.js';
import { diffCredential } from './credential-diff.js';
import { CredentialSecrets, replacementSecret, type PlainSecrets } from './credential-secrets.js';
import { toEditView, type CredentialEditView } from './credential-view.js';

/** The outcome of "Test connection". */
export type ConnectionTestResult =
  | { readonly ok: true; readonly view: CredentialEditView; readonly store: VerifiedStore }
  | { readonly ok: false; readonly view: CredentialEditView; readonly error: BigcommerceError };

/**
 * The credential use cases. Every input is validated first; anything that reaches BigCommerce is
 * verified before it is stored; every write and its history entry share one transaction.
 */
@injectable()
export class CredentialService {
  readonly #dataSource: DataSource;
  readonly #credentials: CredentialRepository;
  readonly #history: CredentialHistoryRepository;
  readonly #verifier: StoreVerifier;
  readonly #lists: StoreListsReader;
  readonly #secrets: CredentialSecrets;
  readonly #catalog: PimCatalog;
  readonly #clients: BigcommerceClientFactory;
  readonly #clock: Clock;
  readonly #user: CurrentUser;
  readonly #logger: Logger;

  constructor(
    @inject(KERNEL_DATA_SOURCE) dataSource: DataSource,
    @inject(CREDENTIAL_REPOSITORY) credentials: CredentialRepository,
    @inject(CREDENTIAL_HISTORY_REPOSITORY) history: CredentialHistoryRepository,
    @inject(StoreVerifier) verifier: StoreVerifier,
    @inject(StoreListsReader) lists: StoreListsReader,
    @inject(CredentialSecrets) secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) catalog: PimCatalog,
    @inject(BigcommerceClientFactory) clients: BigcommerceClientFactory,
    @inject(KERNEL_CLOCK) clock: Clock,
    @inject(KERNEL_CURRENT_USER) user: CurrentUser,
    @inject(KERNEL_LOGGER) logger: Logger,
  ) {
    this.#dataSource = dataSource;
    this.#credentials = credentials;
    this.#history = history;
    this.#verifier = verifier;
    this.#lists = lists;
    this.#secrets = secrets;
    this.#catalog = catalog;
    this.#clients = clients;
    this.#clock = clock;
    this.#user = user;
    this.#logger = logger;
  }

  /** Validate → normalise → verify → seal → insert + history. Nothing is stored on any failure. */
  async create(input: unknown): Promise<CredentialEditView> {
    const dto = await validateInput(CreateCredentialDto, input);
    const url = this.#normalize(dto.apiUrl);
    // Cheap early answer; the unique index still decides when two creates race.
    if (await this.#credentials.labelTaken(dto.label)) throw new DuplicateLabelError(dto.label);
    const { store, lists } = await this.#verifyAndReadLists({ ...url, accessToken: dto.accessToken });
    const now = this.#clock.now();
    const prefill = lists === null ? null : prefillMappings({ locales: await this.#catalog.activeLocales(), currencies: await this.#catalog.activeCurrencies() }, lists);

    const entity = await this.#dataSource.transaction(async (manager) => {
      const created = await this.#credentials.insert(
        {
          label: dto.label,
          apiUrl: url.apiUrl,
          storeHash: url.storeHash,
          clientId: dto.clientId,
          ...this.#secrets.seal(dto),
          active: dto.status === 'active',
          defaultCurrency: store.defaultCurrency,
          defaultLocale: store.defaultLanguage,
          localeMapping: prefill?.localeMapping ?? null,
          currencyMapping: prefill?.currencyMapping ?? null,
          storeLists: lists,
          ...verificationFields(store, now),
          createdAt: now,
          updatedAt: now,
        },
        manager,
      );
      const changes = diffCredential({}, { label: created.label, apiUrl: created.apiUrl, storeHash: created.storeHash, clientId: created.clientId, active: created.active, defaultCurrency: created.defaultCurrency, defaultLocale: created.defaultLocale, localeMapping: created.localeMapping, currencyMapping: created.currencyMapping }, { clientSecret: true, accessToken: true });
      await this.#record(created.id, 'created', changes, manager);
      return created;
    });
    return toEditView(entity, { clientSecret: true, accessToken: true });
  }

  /** The edit form's data: no secret, only the mask and whether one is stored. */
  async getForEdit(id: number): Promise<CredentialEditView> {
    const entity = await this.#load(id);
    const sealed = await this.#credentials.findSealedSecrets(id);
    return toEditView(entity, { clientSecret: sealed.clientSecretSealed !== '', accessToken: sealed.accessTokenSealed !== '' });
  }

  /**
   * Applies an edit made on version `input.version`. Re-verifies only when the API URL, the access
   * token or the client id changed. A stale version throws {@link StaleCredentialError}.
   */
  async update(id: number, input: unknown): Promise<CredentialEditView> {
    const dto = await validateInput(UpdateCredentialDto, input);
    const current = await this.#load(id);
    if (current.version !== dto.version) throw new StaleCredentialError(id);

    const url = dto.apiUrl === undefined ? null : this.#normalize(dto.apiUrl);
    const mappingErrors = validateMappings(dto, {
      activeLocales: await this.#catalog.activeLocales(),
      activeCurrencies: await this.#catalog.activeCurrencies(),
      stored: { localeMapping: current.localeMapping ?? {}, currencyMapping: current.currencyMapping ?? {} },
      lists: current.storeLists,
    });
    if (Object.keys(mappingErrors).length > 0) throw new InvalidInputError(mappingErrors);
    const newAccessToken = replacementSecret(dto.accessToken);
    const newClientSecret = replacementSecret(dto.clientSecret);
    const now = this.#clock.now();
    const changes: CredentialChanges = { updatedAt: now };
    if (dto.label !== undefined && dto.label !== current.label) {
      if (await this.#credentials.labelTaken(dto.label, id)) throw new DuplicateLabelError(dto.label);
      changes.label = dto.label;
    }
    if (url !== null && url.apiUrl !== current.apiUrl) {
      // The stored token never follows the credential to another store or origin: it must be typed for the new one.
      if (newAccessToken === null) throw InvalidInputError.single('accessToken', 'bigcommerce.validation.token-required');
      Object.assign(changes, { apiUrl: url.apiUrl, storeHash: url.storeHash });
    }
    if (dto.clientId !== undefined && dto.clientId !== current.clientId) changes.clientId = dto.clientId;
    if (dto.status !== undefined && (dto.status === 'active') !== current.active) changes.active = dto.status === 'active';
    if (dto.defaultCurrency !== undefined) changes.defaultCurrency = dto.defaultCurrency === '' ? null : dto.defaultCurrency;
    if (dto.defaultLocale !== undefined) changes.defaultLocale = dto.defaultLocale === '' ? null : dto.defaultLocale;
    if (dto.localeMapping !== undefined) changes.localeMapping = withoutBlanks(dto.localeMapping);
    if (dto.currencyMapping !== undefined) changes.currencyMapping = withoutBlanks(dto.currencyMapping);

    // Both secrets are always sealed together, with the current key: the kept one is opened and sealed again.
    let stored: PlainSecrets | null = null;
    const storedSecrets = async () => (stored ??= await this.#secrets.storedOf(id));
    if (newAccessToken !== null || newClientSecret !== null) {
      Object.assign(
        changes,
        this.#secrets.seal({
          clientSecret: newClientSecret ?? (await storedSecrets()).clientSecret,
          accessToken: newAccessToken ?? (await storedSecrets()).accessToken,
        }),
      );
    }

    if (changes.apiUrl !== undefined || newAccessToken !== null || changes.clientId !== undefined) {
      const { store, lists } = await this.#verifyAndReadLists({
        apiUrl: changes.apiUrl ?? current.apiUrl,
        storeHash: changes.storeHash ?? current.storeHash,
        accessToken: newAccessToken ?? (await storedSecrets()).accessToken,
      }, changes.apiUrl === undefined ? current.storeLists : null);
      Object.assign(changes, verificationFields(store, now));
      changes.storeLists = lists;
    }

    const diff = diffCredential(
      { ...current },
      pick(changes, ['label', 'apiUrl', 'storeHash', 'clientId', 'active', 'defaultCurrency', 'defaultLocale', 'localeMapping', 'currencyMapping']),
      { accessToken: newAccessToken !== null, clientSecret: newClientSecret !== null },
    );
    if (diff.length > 0 || changes.verifiedAt !== undefined) {
      await this.#dataSource.transaction(async (manager) => {
        await this.#credentials.update(id, dto.version, changes, manager);
        if (diff.length > 0) await this.#record(id, 'updated', diff, manager);
      });
    }
    return this.getForEdit(id);
  }

  /** Switches a credential active or inactive; never calls BigCommerce. */
  async setStatus(id: number, active: boolean): Promise<CredentialEditView> {
    const current = await this.#load(id);
    return this.update(id, { version: current.version, status: active ? 'active' : 'inactive' });
  }

  /** Removes a credential and records it; nothing is sent to BigCommerce. */
  async delete(id: number): Promise<void> {
    const current = await this.#load(id);
    await this.#dataSource.transaction(async (manager) => {
      await this.#credentials.delete(id, manager);
      await this.#record(id, 'deleted', diffCredential({ label: current.label, apiUrl: current.apiUrl }, { label: null, apiUrl: null }), manager);
    });
  }

  /** Re-verifies the stored credential and records the store name, time, outcome and capabilities. */
  async testConnection(id: number): Promise<ConnectionTestResult> {
    const current = await this.#load(id);
    const { accessToken, accessTokenSealed } = await this.#secrets.accessTokenOf(id);
    const now = this.#clock.now();
    let result: { ok: true; store: VerifiedStore } | { ok: false; error: BigcommerceError };
    try {
      result = { ok: true, store: await this.#verifier.verify({ apiUrl: current.apiUrl, storeHash: current.storeHash, accessToken }) };
    } catch (error) {
      if (!(error instanceof BigcommerceError)) throw error;
      result = { ok: false, error };
    }
    const record = result.ok ? verificationFields(result.store, now) : { verifiedAt: now, verificationOutcome: result.error.code };
    await this.#dataSource.transaction(async (manager) => {
      // An edit that replaced the URL or the token meanwhile wins: this outcome is about the old one.
      if (!(await this.#credentials.recordStoreFacts(id, record, { apiUrl: current.apiUrl, accessTokenSealed }, manager))) {
        this.#logger.debug('connection test outcome dropped: the credential changed meanwhile', { credentialId: id });
        return;
      }
      await this.#record(id, 'verified', [{ field: 'verificationOutcome', old: current.verificationOutcome, new: record.verificationOutcome }], manager);
    });
    const view = await this.getForEdit(id);
    return result.ok ? { ok: true, view, store: result.store } : { ok: false, view, error: result.error };
  }

  async #load(id: number): Promise<CredentialEntity> {
    const entity = await this.#credentials.findById(id);
    if (entity === null) throw new CredentialNotFoundError(id);
    return entity;
  }

  /**
   * Verification and the store's lists, all requests at once. The lists are a convenience: failing
   * to read them does not fail the save (null; the edit page says why).
   */
  async #verifyAndReadLists(
    target: { apiUrl: string; storeHash: string; accessToken: string },
    previous: StoreListsSnapshot | null = null,
  ): Promise<{ store: VerifiedStore; lists: StoreListsSnapshot | null }> {
    const [store, lists] = await Promise.all([this.#verifier.verify(target), this.#lists.read(target).catch(() => null)]);
    return { store, lists: lists === null ? previous : toSnapshot(lists, this.#clock.now(), previous) };
  }

  #normalize(apiUrl: string): NormalizedApiUrl {
    return normalizeApiUrl(apiUrl, this.#clients.allowedOrigins());
  }

  async #record(credentialId: number, event: CredentialHistoryEvent, changes: FieldChange[], manager: Parameters<CredentialHistoryRepository['append']>[1]): Promise<void> {
    const user = this.#user.get();
    await this.#history.append({ credentialId, event, userId: user?.id ?? null, userName: user?.name ?? null, occurredAt: this.#clock.now(), changes }, manager);
  }
}

function verificationFields(store: VerifiedStore, now: Date): Pick<CredentialEntity, 'storeName' | 'verifiedAt' | 'verificationOutcome' | 'capabilities'> {
  return { storeName: store.storeName, verifiedAt: now, verificationOutcome: 'ok', capabilities: store.capabilities };
}

function withoutBlanks(mapping: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, value]) => value.trim() !== ''));
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]])) as Partial<Pick<T, K>>;
}
