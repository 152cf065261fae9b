import type { NormalizedApiUrl } from '../bigcommerce/api-url.js';
import type { Inspection } from '../bigcommerce/store-inspector.js';
import type { CodeMapping, FieldChange, StoreListsSnapshot } from '../domain.js';
import type { UpdateCredentialDto } from '../dto/update-credential.dto.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import { StaleCredentialError } from '../errors/persistence.errors.js';
import { validateMappings } from '../mapping/mapping-validator.js';
import { fitToOffer, type StoreAdjustment, type StoreBoundValues } from '../mapping/store-values.js';
import { servedChannelIds } from '../mapping/storefront-lists.js';
import type { CapabilityFlagColumn } from '../persistence/capability-columns.js';
import type { CredentialEntity } from '../persistence/credential.entity.js';
import type { CredentialChanges } from '../persistence/credential.repository.js';
import type { SealedSecrets } from '../persistence/sealed-secret.repository.js';
import { auditedOf, diffCredential } from './credential-diff.js';
import { replacementSecret } from './credential-secrets.js';

/** The credential an edit starts from: its row, without the secrets. */
export type EditedRecord = Omit<
  CredentialEntity,
  'clientSecretSealed' | 'accessTokenSealed' | 'labelKey' | CapabilityFlagColumn
>;

/** What an edit is planned against, besides the record: the PIM's codes and this host's URL rules. */
export interface EditContext {
  readonly activeLocales: readonly string[];
  readonly activeCurrencies: readonly string[];
  /** The canonical API URL; throws a field error for one this host does not allow. */
  readonly normalize: (apiUrl: string) => NormalizedApiUrl;
}

/** A connection to verify: the typed token, or null for the stored one, and the lists a failure keeps. */
export interface PlannedVerification {
  readonly apiUrl: string;
  readonly storeHash: string;
  readonly accessToken: string | null;
  readonly previousLists: StoreListsSnapshot | null;
}

/**
 * What an edit does, decided before anything is asked or stored: the plain changes, the label to
 * check, the store to ask about, whether to verify (the URL or the token changed: BigCommerce
 * never checks the client id) and whether to seal the secrets again (one was typed; each null is
 * the stored one).
 */
export interface EditPlan {
  readonly changes: CredentialChanges;
  /** A new label, to check it is free; null when unchanged. */
  readonly newLabel: string | null;
  /** A move to another store: asked first unless the user confirmed. */
  readonly newStore: { readonly storeHash: string; readonly confirmed: boolean } | null;
  readonly movesStore: boolean;
  readonly verify: PlannedVerification | null;
  readonly seal: { readonly clientSecret: string | null; readonly accessToken: string | null } | null;
}

/**
 * Plans an edit made on version `dto.version` of `current`. Throws {@link StaleCredentialError}
 * for another version, and an {@link InvalidInputError} for a value the served storefronts do not
 * offer or a move to another store without its token. Pure: it asks nothing and stores nothing.
 */
export function planEdit(dto: UpdateCredentialDto, current: EditedRecord, context: EditContext): EditPlan {
  if (current.version !== dto.version) throw new StaleCredentialError(current.id);
  const url = dto.apiUrl === undefined ? null : context.normalize(dto.apiUrl);
  const movesStore = url !== null && url.apiUrl !== current.apiUrl;
  validateStoreValues(dto, current, context, movesStore);
  const accessToken = replacementSecret(dto.accessToken);
  const clientSecret = replacementSecret(dto.clientSecret);
  const changes = plainChanges(dto, current, movesStore);
  // The stored token never follows the credential to another store or origin: it must be typed for the new one.
  if (movesStore && accessToken === null)
    throw InvalidInputError.single('accessToken', 'bigcommerce.validation.token-required');
  if (movesStore) Object.assign(changes, { apiUrl: url.apiUrl, storeHash: url.storeHash });
  const verifies = movesStore || accessToken !== null;
  return {
    changes,
    newLabel: changes.label ?? null,
    newStore:
      movesStore && url.storeHash !== current.storeHash
        ? { storeHash: url.storeHash, confirmed: dto.confirmSameStore === true }
        : null,
    movesStore,
    verify: verifies
      ? {
          apiUrl: changes.apiUrl ?? current.apiUrl,
          storeHash: changes.storeHash ?? current.storeHash,
          accessToken,
          previousLists: movesStore ? null : current.storeLists,
        }
      : null,
    seal: accessToken !== null || clientSecret !== null ? { clientSecret, accessToken } : null,
  };
}

/** The storefronts, defaults and mappings the user set, checked against the lists (shapes only on a store move). */
function validateStoreValues(
  dto: UpdateCredentialDto,
  current: EditedRecord,
  context: EditContext,
  movesStore: boolean,
): void {
  // Moving to another store: what the form still holds of the old one is fitted to the new one on save.
  const errors = validateMappings(movesStore ? { ...dto, channelIds: undefined } : dto, {
    activeLocales: context.activeLocales,
    activeCurrencies: context.activeCurrencies,
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

/** What changed of the label, client id, status, defaults, mappings and storefronts. */
function plainChanges(dto: UpdateCredentialDto, current: EditedRecord, movesStore: boolean): CredentialChanges {
  const changes: CredentialChanges = {};
  if (dto.label !== undefined && dto.label !== current.label) changes.label = dto.label;
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

/** What was learnt on the way: the verification (when planned) and the sealed secrets (when planned). */
export interface EditFacts {
  readonly inspection: Inspection | null;
  readonly sealed: SealedSecrets | null;
}

/** An edit ready to store: every change, what was fitted to the store, and the history entry. */
export interface CompletedEdit {
  readonly changes: CredentialChanges;
  readonly adjustments: readonly StoreAdjustment[];
  readonly history: readonly FieldChange[];
}

/**
 * Completes a plan with what verification learnt and the sealed secrets: the verification's facts
 * and the store's lists, the secrets, then the store-bound values fitted to what the served
 * storefronts offer (on a move, to the new store's default storefront), and the history entry of
 * it all (secrets only as "changed"). Pure.
 */
export function completeEdit(plan: EditPlan, current: EditedRecord, facts: EditFacts): CompletedEdit {
  const changes: CredentialChanges = { ...plan.changes };
  if (facts.inspection !== null) {
    const { store, at, reading } = facts.inspection;
    Object.assign(changes, {
      storeName: store.storeName,
      verifiedAt: at,
      verificationOutcome: 'ok',
      capabilities: store.capabilities,
      storeLists: reading.lists,
    });
  }
  if (facts.sealed !== null) Object.assign(changes, facts.sealed);
  const adjustments = fitChanges(current, changes, plan.movesStore, facts.inspection);
  const history = diffCredential(current, auditedOf(changes), {
    accessToken: plan.seal?.accessToken != null,
    clientSecret: plan.seal?.clientSecret != null,
  });
  return { changes, adjustments, history };
}

/**
 * Fits the store-bound values, as they will be after `changes`, to what the served storefronts
 * offer, writing what it adjusts into `changes`. On a move to another store the credential serves
 * that store's default storefront and every default is chosen again; otherwise only values not on
 * offer change (the page as shown always saves).
 */
function fitChanges(
  current: EditedRecord,
  changes: CredentialChanges,
  movesStore: boolean,
  inspection: Inspection | null,
): StoreAdjustment[] {
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

function sameIds(a: readonly number[], b: readonly number[] | null): boolean {
  const left = [...a].sort((x, y) => x - y).join(',');
  return left === [...(b ?? [])].sort((x, y) => x - y).join(',');
}

function withoutBlanks(mapping: CodeMapping): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, value]) => value.trim() !== ''));
}
