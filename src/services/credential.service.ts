import { inject, injectable } from 'inversify';

import { KERNEL_PIM_CATALOG, type PimCatalog } from '@pim/kernel';

import { StoreInspector, type Inspection } from '../bigcommerce/store-inspector.js';
import { CreateCredentialDto } from '../dto/create-credential.dto.js';
import { UpdateCredentialDto } from '../dto/update-credential.dto.js';
import { validateInput } from '../dto/validate-input.js';
import { DuplicateLabelError } from '../errors/persistence.errors.js';
import { SameStoreError } from '../errors/same-store.error.js';
import { prefillStoreValues, type StoreAdjustment } from '../mapping/store-values.js';
import type { CredentialEntity } from '../persistence/credential.entity.js';
import { CredentialRepository } from '../persistence/credential.repository.js';
import { auditedOf, diffCredential } from './credential-diff.js';
import { CredentialSecrets } from './credential-secrets.js';
import { completeEdit, planEdit } from './edit-plan.js';

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
   * Applies an edit made on version `input.version`, in the order create follows: plan (pure:
   * the changes, whether to verify, whether to seal) → the label and store questions → verify
   * when the API URL or the access token changed (BigCommerce never checks the client id, so a
   * change of it alone asks nothing) → seal → fit what the served storefronts lack → save with
   * history. A stale version throws a `StaleCredentialError`.
   */
  async update(id: number, input: unknown): Promise<CredentialSummary> {
    const dto = await validateInput(UpdateCredentialDto, input);
    const current = await this.credentials.get(id);
    const { locales, currencies } = await this.#pimCodes();
    const plan = planEdit(dto, current, {
      activeLocales: locales,
      activeCurrencies: currencies,
      normalize: (apiUrl) => this.inspector.normalize(apiUrl),
    });
    if (plan.newLabel !== null && (await this.credentials.labelTaken(plan.newLabel, id)))
      throw new DuplicateLabelError(plan.newLabel);
    if (plan.newStore !== null) await this.#askAboutSameStore(plan.newStore.storeHash, id, plan.newStore.confirmed);
    const stored = lazy(() => this.secrets.storedOf(id));
    const inspection =
      plan.verify === null
        ? null
        : await this.inspector.inspect(
            { ...plan.verify, accessToken: plan.verify.accessToken ?? (await stored()).accessToken },
            plan.verify.previousLists,
          );
    // Both secrets are always sealed together, with the current key: the kept one is opened and sealed again.
    const sealed =
      plan.seal === null
        ? null
        : this.secrets.seal({
            clientSecret: plan.seal.clientSecret ?? (await stored()).clientSecret,
            accessToken: plan.seal.accessToken ?? (await stored()).accessToken,
          });
    const edit = completeEdit(plan, current, { inspection, sealed });
    if (edit.history.length > 0 || edit.changes.verifiedAt !== undefined)
      await this.credentials.update(id, dto.version, edit.changes, edit.history);
    return {
      id,
      label: edit.changes.label ?? current.label,
      storeName: edit.changes.storeName ?? current.storeName,
      adjustments: edit.adjustments,
      movedStore: plan.movesStore,
    };
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
