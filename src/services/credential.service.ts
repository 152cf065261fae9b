import { inject, injectable } from 'inversify';

import { KERNEL_PIM_CATALOG, type PimCatalog } from '@pim/kernel';

import { StoreInspector, type Inspection } from '../bigcommerce/store-inspector.js';
import type { CodeMapping } from '../domain.js';
import { CreateCredentialDto } from '../dto/create-credential.dto.js';
import { UpdateCredentialDto } from '../dto/update-credential.dto.js';
import { validateInput } from '../dto/validate-input.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import { DuplicateLabelError, StaleCredentialError } from '../errors/persistence.errors.js';
import { SameStoreError } from '../errors/same-store.error.js';
import { validateMappings } from '../mapping/mapping-validator.js';
import {
  fitToOffer,
  prefillStoreValues,
  type StoreAdjustment,
  type StoreBoundValues,
} from '../mapping/store-values.js';
import { servedChannelIds } from '../mapping/storefront-lists.js';
import type { CredentialEntity } from '../persistence/credential.entity.js';
import { CredentialRepository, type CredentialChanges } from '../persistence/credential.repository.js';
import { auditedOf, diffCredential } from './credential-diff.js';
import { CredentialSecrets, replacementSecret } from './credential-secrets.js';

/** What a use case tells its caller: enough to say what happened and where to go next. */
export interface CredentialSummary {
  readonly id: number;
  readonly label: string;
  readonly storeName: string | null;
  /** What an edit changed to fit what the served storefronts (or a new store) offer. */
  readonly adjustments?: readonly StoreAdjustment[];
  /** Whether the edit moved the credential to another store or API origin. */
  readonly movedStore?: boolean;
}

/**
 * The credential use cases: create, edit, delete. Every input is validated first; anything that
 * reaches BigCommerce is verified before it is stored; the repository stores each change with its
 * history entry in one transaction.
 */
@injectable()
export class CredentialService {
  constructor(
    @inject(CredentialRepository) private readonly credentials: CredentialRepository,
    @inject(StoreInspector) private readonly inspector: StoreInspector,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
  ) {}

  /** Validate → normalise → verify (and read the store's lists) → seal → insert with history. Nothing is stored on any failure. */
  async create(input: unknown): Promise<CredentialSummary> {
    const dto = await validateInput(CreateCredentialDto, input);
    const url = this.inspector.normalize(dto.apiUrl);
    // Cheap early answer; the unique index still decides when two creates race.
    if (await this.credentials.labelTaken(dto.label)) throw new DuplicateLabelError(dto.label);
    await this.#askAboutSameStore(url.storeHash, null, dto.confirmSameStore);
    const inspection = await this.inspector.inspect({ ...url, accessToken: dto.accessToken }, null);
    const { store, reading } = inspection;
    // What is prefilled comes from the lists a save accepts: the default storefront's.
    const prefill = prefillStoreValues(await this.#pimCodes(), reading.lists, {
      currency: store.defaultCurrency,
      language: store.defaultLanguage,
    });
    const record = {
      label: dto.label,
      apiUrl: url.apiUrl,
      storeHash: url.storeHash,
      clientId: dto.clientId,
      ...this.secrets.seal(dto),
      status: dto.status,
      ...prefill,
      storeLists: reading.lists,
      ...verificationFields(inspection),
    };
    const created = await this.credentials.insert(
      record,
      diffCredential({}, auditedOf(record), { clientSecret: true, accessToken: true }),
    );
    return summary(created);
  }

  /**
   * Applies an edit made on version `input.version`: validate → verify when the API URL or the
   * access token changed (BigCommerce never checks the client id, so a change of it alone asks
   * nothing) → seal → fit what the served storefronts lack → save with history. Moving to another
   * store or origin needs the token typed again. A stale version throws {@link StaleCredentialError}.
   */
  async update(id: number, input: unknown): Promise<CredentialSummary> {
    const dto = await validateInput(UpdateCredentialDto, input);
    const current = await this.credentials.get(id);
    if (current.version !== dto.version) throw new StaleCredentialError(id);
    const url = dto.apiUrl === undefined ? null : this.inspector.normalize(dto.apiUrl);
    const movesStore = url !== null && url.apiUrl !== current.apiUrl;
    await this.#validateStoreValues(dto, current, movesStore);
    const newAccessToken = replacementSecret(dto.accessToken);
    const newClientSecret = replacementSecret(dto.clientSecret);
    const changes = await this.#plainChanges(id, dto, current, movesStore);
    if (movesStore) {
      // The stored token never follows the credential to another store or origin: it must be typed for the new one.
      if (newAccessToken === null)
        throw InvalidInputError.single('accessToken', 'bigcommerce.validation.token-required');
      if (url.storeHash !== current.storeHash) await this.#askAboutSameStore(url.storeHash, id, dto.confirmSameStore);
      Object.assign(changes, { apiUrl: url.apiUrl, storeHash: url.storeHash });
    }

    const stored = lazy(() => this.secrets.storedOf(id));
    let inspection: Inspection | null = null;
    if (movesStore || newAccessToken !== null) {
      inspection = await this.inspector.inspect(
        {
          apiUrl: changes.apiUrl ?? current.apiUrl,
          storeHash: changes.storeHash ?? current.storeHash,
          accessToken: newAccessToken ?? (await stored()).accessToken,
        },
        movesStore ? null : current.storeLists,
      );
      Object.assign(changes, verificationFields(inspection), { storeLists: inspection.reading.lists });
    }
    // Both secrets are always sealed together, with the current key: the kept one is opened and sealed again.
    if (newAccessToken !== null || newClientSecret !== null) {
      Object.assign(
        changes,
        this.secrets.seal({
          clientSecret: newClientSecret ?? (await stored()).clientSecret,
          accessToken: newAccessToken ?? (await stored()).accessToken,
        }),
      );
    }
    const adjustments = fitChanges(current, changes, movesStore, inspection);

    const history = diffCredential(current, auditedOf(changes), {
      accessToken: newAccessToken !== null,
      clientSecret: newClientSecret !== null,
    });
    if (history.length > 0 || changes.verifiedAt !== undefined)
      await this.credentials.update(id, dto.version, changes, history);
    return {
      id,
      label: changes.label ?? current.label,
      storeName: changes.storeName ?? current.storeName,
      adjustments,
      movedStore: movesStore,
    };
  }

  /** The storefronts, defaults and mappings the user set, checked against the lists (shapes only on a store move). */
  async #validateStoreValues(dto: UpdateCredentialDto, current: CredentialEntity, movesStore: boolean): Promise<void> {
    const { locales, currencies } = await this.#pimCodes();
    // Moving to another store: what the form still holds of the old one is fitted to the new one on save.
    const errors = validateMappings(movesStore ? { ...dto, channelIds: undefined } : dto, {
      activeLocales: locales,
      activeCurrencies: currencies,
      stored: {
        localeMapping: current.localeMapping ?? {},
        currencyMapping: current.currencyMapping ?? {},
        channelIds: current.channelIds,
        defaultCurrency: current.defaultCurrency,
        defaultLocale: current.defaultLocale,
      },
      lists: movesStore ? null : current.storeLists,
    });
    if (Object.keys(errors).length > 0) throw new InvalidInputError(errors);
  }

  /** The changes of everything but the connection and the secrets: label, client id, status, defaults, mappings, storefronts. */
  async #plainChanges(
    id: number,
    dto: UpdateCredentialDto,
    current: CredentialEntity,
    movesStore: boolean,
  ): Promise<CredentialChanges> {
    const changes: CredentialChanges = {};
    if (dto.label !== undefined && dto.label !== current.label) {
      if (await this.credentials.labelTaken(dto.label, id)) throw new DuplicateLabelError(dto.label);
      changes.label = dto.label;
    }
    if (dto.clientId !== undefined && dto.clientId !== current.clientId) changes.clientId = dto.clientId;
    if (dto.status !== undefined && dto.status !== current.status) changes.status = dto.status;
    if (dto.defaultCurrency !== undefined)
      changes.defaultCurrency = dto.defaultCurrency === '' ? null : dto.defaultCurrency;
    if (dto.defaultLocale !== undefined) changes.defaultLocale = dto.defaultLocale === '' ? null : dto.defaultLocale;
    if (dto.localeMapping !== undefined) changes.localeMapping = withoutBlanks(dto.localeMapping);
    if (dto.currencyMapping !== undefined) changes.currencyMapping = withoutBlanks(dto.currencyMapping);
    // Serving the default storefront is what "none chosen" means: ticking just it again changes nothing.
    const served = servedChannelIds(current.channelIds, current.storeLists);
    if (dto.channelIds !== undefined && !movesStore && !sameIds(dto.channelIds, served))
      changes.channelIds = [...dto.channelIds].sort((a, b) => a - b);
    return changes;
  }

  async #pimCodes(): Promise<{ locales: readonly string[]; currencies: readonly string[] }> {
    const [locales, currencies] = await Promise.all([this.catalog.activeLocales(), this.catalog.activeCurrencies()]);
    return { locales, currencies };
  }

  /**
   * Asks before a second credential is saved for one store: a {@link SameStoreError} naming the
   * credential already there, unless the user confirmed ("Save anyway"). Asked before BigCommerce
   * is, so a question costs the store no request.
   */
  async #askAboutSameStore(storeHash: string, exceptId: number | null, confirmed: boolean | undefined): Promise<void> {
    if (confirmed === true) return;
    const [other] = await this.credentials.sameStore(storeHash, exceptId, 1);
    if (other !== undefined) throw new SameStoreError(other);
  }

  /** Switches a credential active or inactive; never calls BigCommerce. */
  async setStatus(id: number, active: boolean): Promise<CredentialSummary> {
    const current = await this.credentials.get(id);
    return this.update(id, { version: current.version, status: active ? 'active' : 'inactive' });
  }

  /** Removes a credential and records it; nothing is sent to BigCommerce. */
  async delete(id: number): Promise<CredentialSummary> {
    const current = await this.credentials.get(id);
    await this.credentials.delete(
      id,
      diffCredential({ label: current.label, apiUrl: current.apiUrl }, { label: null, apiUrl: null }),
    );
    return summary(current);
  }
}

/**
 * Fits the credential's store-bound values, as they will be after `changes`, to what the served
 * storefronts offer, writing what it adjusts into `changes`. On a move to another store the
 * credential serves that store's default storefront and every default is chosen again; otherwise
 * only values not on offer change (the page as shown always saves).
 */
function fitChanges(
  current: CredentialEntity,
  changes: CredentialChanges,
  movesStore: boolean,
  inspection: Inspection | null,
): readonly StoreAdjustment[] {
  const after = <K extends keyof StoreBoundValues>(field: K): StoreBoundValues[K] =>
    (field in changes ? changes[field as keyof CredentialChanges] : current[field]) as StoreBoundValues[K];
  const values: StoreBoundValues = {
    channelIds: movesStore ? null : after('channelIds'),
    defaultCurrency: after('defaultCurrency'),
    defaultLocale: after('defaultLocale'),
    localeMapping: after('localeMapping'),
    currencyMapping: after('currencyMapping'),
  };
  const lists = 'storeLists' in changes ? (changes.storeLists ?? null) : current.storeLists;
  const storeDefaults = inspection
    ? { currency: inspection.store.defaultCurrency, language: inspection.store.defaultLanguage }
    : undefined;
  const fitted = fitToOffer(values, lists, { storeDefaults, fillEmptyDefaults: movesStore });
  const adjustments = [...fitted.adjustments];
  if (movesStore) {
    changes.channelIds = null;
    const served = current.channelIds ?? [];
    if (served.length > 0) adjustments.unshift({ field: 'channelIds', key: null, from: served.join(', '), to: null });
  }
  for (const adjustment of fitted.adjustments) {
    const field = adjustment.field as Exclude<keyof StoreBoundValues, 'channelIds'>;
    (changes as Record<string, unknown>)[field] = fitted.values[field];
  }
  return adjustments;
}

/** A value computed once, on first use. */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => (value ??= load());
}

/** What a successful verification records. */
export function verificationFields({
  store,
  at,
}: Pick<Inspection, 'store' | 'at'>): Pick<
  CredentialEntity,
  'storeName' | 'verifiedAt' | 'verificationOutcome' | 'capabilities'
> {
  return { storeName: store.storeName, verifiedAt: at, verificationOutcome: 'ok', capabilities: store.capabilities };
}

const summary = (entity: Pick<CredentialEntity, 'id' | 'label' | 'storeName'>): CredentialSummary => ({
  id: entity.id,
  label: entity.label,
  storeName: entity.storeName,
});

function sameIds(a: readonly number[], b: readonly number[] | null): boolean {
  const left = [...a].sort((x, y) => x - y).join(',');
  return left === [...(b ?? [])].sort((x, y) => x - y).join(',');
}

function withoutBlanks(mapping: CodeMapping): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, value]) => value.trim() !== ''));
}
