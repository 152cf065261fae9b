import { inject, injectable } from 'inversify';

import { KERNEL_TRANSLATOR, type FormHandler, type FormResult, type FormState, type Translator } from '@pim/kernel';

import { parseCredentialId } from '../domain.js';
import { CredentialNotFoundError } from '../errors/persistence.errors.js';
import type { MessageKey } from '../i18n/message-key.js';
import type { StoreListName } from '../bigcommerce/store-lists.reader.js';
import { ConnectionCheckService } from '../services/connection-check.service.js';
import { CredentialService } from '../services/credential.service.js';
import { CredentialEditState } from './credential-edit.state.js';
import { toFormResult } from './form-result.js';
import { describeAdjustments } from './store-adjustments.js';

/** What the page says of a list that could not be read. */
const UNREADABLE_LIST: Readonly<Record<StoreListName, MessageKey>> = {
  currencies: 'bigcommerce.credentials.form.currencies-unavailable',
  locales: 'bigcommerce.credentials.form.locales-unavailable',
  channels: 'bigcommerce.credentials.form.channels-unavailable',
};

/**
 * The credential forms as a kernel form handler: the module validates, calls BigCommerce and
 * translates; the host only renders and routes. Nothing returned here holds a secret.
 */
@injectable()
export class CredentialFormHandler implements FormHandler {
  constructor(
    @inject(CredentialService) private readonly credentials: CredentialService,
    @inject(ConnectionCheckService) private readonly checks: ConnectionCheckService,
    @inject(CredentialEditState) private readonly state: CredentialEditState,
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
  ) {}

  blank(): Promise<FormState> {
    return Promise.resolve(this.state.blank());
  }

  async load(id: string): Promise<FormState | null> {
    const numericId = parseCredentialId(id);
    return numericId === null ? null : this.state.load(numericId);
  }

  async create(input: Readonly<Record<string, unknown>>): Promise<FormResult> {
    return this.#run(async () => {
      const created = await this.credentials.create(input);
      return this.#ok(created.id, 'bigcommerce.credentials.flash.created', {
        label: created.label,
        store: created.storeName ?? '-',
      });
    });
  }

  async update(id: string, input: Readonly<Record<string, unknown>>): Promise<FormResult> {
    return this.#run(async () => {
      const updated = await this.credentials.update(this.#id(id), input);
      if (updated.adjustments === undefined || updated.adjustments.length === 0)
        return this.#ok(updated.id, 'bigcommerce.credentials.flash.updated', { label: updated.label });
      const changes = describeAdjustments(updated.adjustments, (key) => this.#t(key));
      if (updated.movedStore !== true)
        return this.#ok(updated.id, 'bigcommerce.credentials.flash.fitted', { label: updated.label, changes });
      return this.#ok(updated.id, 'bigcommerce.credentials.flash.store-changed', {
        label: updated.label,
        store: updated.storeName ?? '-',
        changes,
      });
    });
  }

  async delete(id: string): Promise<FormResult> {
    return this.#run(async () => {
      const deleted = await this.credentials.delete(this.#id(id));
      return this.#ok(deleted.id, 'bigcommerce.credentials.flash.deleted', { label: deleted.label });
    });
  }

  /** The edit form's Test connection. */
  async verify(id: string): Promise<FormResult> {
    return this.#run(() => this.#verify(this.#id(id)));
  }

  /** The edit form's Refresh from store. */
  async refreshLists(id: string): Promise<FormResult> {
    return this.#run(() => this.#refreshLists(this.#id(id)));
  }

  /**
   * Test connection. A check that fails is the credential's answer, not this server's failure: a
   * 422 with the error on the field it concerns, as a save that fails verification.
   */
  async #verify(id: number): Promise<FormResult> {
    const check = await this.checks.check(id);
    const details = this.state.details(check.facts);
    if (!check.ok) {
      const reason = this.translator.translate(check.error.messageKey, check.error.params);
      const message = `${this.#t('bigcommerce.credentials.flash.verify-failed')} ${reason}`;
      return { ok: false, status: 422, message, errors: { [check.error.field ?? 'apiUrl']: [reason] } };
    }
    return { ...this.#ok(id, 'bigcommerce.credentials.flash.verified', { store: check.storeName }), details };
  }

  /** Refresh from store: what could be read is kept; what could not is said (a 422 only when nothing could be). */
  async #refreshLists(id: number): Promise<FormResult> {
    const reading = await this.checks.refreshLists(id);
    if (reading.problems.length === 0) return this.#ok(id, 'bigcommerce.credentials.flash.lists-refreshed');
    const problems = reading.problems
      .map(
        (p) => `${this.#t(UNREADABLE_LIST[p.list])} ${this.translator.translate(p.error.messageKey, p.error.params)}`,
      )
      .join(' ');
    if (reading.problems.length < Object.keys(UNREADABLE_LIST).length)
      return this.#ok(id, 'bigcommerce.credentials.flash.lists-refreshed-partly', { problems });
    return { ok: false, status: 422, message: problems, errors: {} };
  }

  #ok(id: number, key: MessageKey, params: Record<string, string> = {}): Extract<FormResult, { ok: true }> {
    return { ok: true, id: String(id), message: this.#t(key, params) };
  }

  #t(key: MessageKey, params: Record<string, string> = {}): string {
    return this.translator.translate(key, params);
  }

  #id(id: string): number {
    const numericId = parseCredentialId(id);
    if (numericId === null) throw new CredentialNotFoundError(0);
    return numericId;
  }

  /** Runs a use case and turns the module's errors into translated form results. */
  async #run(work: () => Promise<FormResult>): Promise<FormResult> {
    try {
      return await work();
    } catch (error) {
      return toFormResult(error, this.translator);
    }
  }
}
