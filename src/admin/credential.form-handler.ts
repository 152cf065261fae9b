import { inject, injectable } from 'inversify';

import { KERNEL_TRANSLATOR, type FormHandler, type FormResult, type FormState, type Translator } from '@pim/kernel';

import { FORM_ACTIONS } from '../constants.js';
import { parseCredentialId } from '../domain.js';
import { CredentialNotFoundError } from '../errors/persistence.errors.js';
import type { MessageKey } from '../i18n/message-key.js';
import type { StoreAdjustment } from '../mapping/store-change.js';
import { ConnectionCheckService } from '../services/connection-check.service.js';
import { CredentialService } from '../services/credential.service.js';
import { CredentialEditState } from './credential-edit.state.js';
import { toFormResult } from './form-result.js';

/**
 * The credential forms as a kernel form handler: the module validates, calls BigCommerce and
 * translates; the host only renders and routes. Nothing returned here holds a secret.
 */
const ADJUSTED_FIELD: Readonly<Record<StoreAdjustment['field'], MessageKey>> = {
  channelIds: 'bigcommerce.credentials.form.storefronts',
  defaultCurrency: 'bigcommerce.credentials.form.default-currency',
  defaultLocale: 'bigcommerce.credentials.form.default-locale',
  localeMapping: 'bigcommerce.credentials.form.locale-mapping',
  currencyMapping: 'bigcommerce.credentials.form.currency-mapping',
};

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
      return this.#ok(updated.id, 'bigcommerce.credentials.flash.store-changed', {
        label: updated.label,
        store: updated.storeName ?? '-',
        changes: updated.adjustments.map((a) => this.#describe(a)).join('; '),
      });
    });
  }

  async delete(id: string): Promise<FormResult> {
    return this.#run(async () => {
      const deleted = await this.credentials.delete(this.#id(id));
      return this.#ok(deleted.id, 'bigcommerce.credentials.flash.deleted', { label: deleted.label });
    });
  }

  async action(name: string, id: string): Promise<FormResult> {
    if (name === FORM_ACTIONS.verify) return this.#run(() => this.#verify(this.#id(id)));
    if (name === FORM_ACTIONS.refreshLists) return this.#run(() => this.#refreshLists(this.#id(id)));
    return { ok: false, status: 404, message: `Unknown action ${name.slice(0, 32)}.`, errors: {} };
  }

  async #verify(id: number): Promise<FormResult> {
    const check = await this.checks.check(id);
    const details = this.state.details(check.facts);
    if (!check.ok) {
      const message = `${this.#t('bigcommerce.credentials.flash.verify-failed')} ${this.translator.translate(check.error.messageKey, check.error.params)}`;
      return { ok: false, status: 502, message, errors: {} };
    }
    return { ...this.#ok(id, 'bigcommerce.credentials.flash.verified', { store: check.storeName }), details };
  }

  async #refreshLists(id: number): Promise<FormResult> {
    const reading = await this.checks.refreshLists(id);
    if (reading.problems.length === 0) return this.#ok(id, 'bigcommerce.credentials.flash.lists-refreshed');
    const message = reading.problems
      .map(
        (p) =>
          `${this.#t(p.list === 'currencies' ? 'bigcommerce.credentials.form.currencies-unavailable' : 'bigcommerce.credentials.form.locales-unavailable')} ${this.translator.translate(p.error.messageKey, p.error.params)}`,
      )
      .join(' ');
    return { ok: false, status: 502, message, errors: {} };
  }

  #ok(id: number, key: MessageKey, params: Record<string, string> = {}): Extract<FormResult, { ok: true }> {
    return { ok: true, id: String(id), message: this.#t(key, params) };
  }

  /** One adjustment of a store change, e.g. "Locale Mapping fr_FR: fr → none". */
  #describe(adjustment: StoreAdjustment): string {
    const none = this.#t('bigcommerce.credentials.form.none-value');
    const field = this.#t(ADJUSTED_FIELD[adjustment.field]);
    const what = adjustment.key === null ? field : `${field} ${adjustment.key}`;
    return `${what}: ${adjustment.from ?? none} → ${adjustment.to ?? none}`;
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
