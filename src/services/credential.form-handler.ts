import { inject, injectable } from 'inversify';

import { KERNEL_CURRENT_USER, KERNEL_TRANSLATOR, type CurrentUser, type FormHandler, type FormResult, type FormState, type Translator } from '@pim/kernel';
import { parseCredentialId } from '../domain.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import { ModuleError } from '../errors/module-error.js';
import { CredentialNotFoundError, StaleCredentialError } from '../errors/persistence.errors.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import type { CredentialCapabilities } from '../persistence/credential.entity.js';
import { CredentialEditPageService } from './credential-edit-page.service.js';
import type { CredentialEditView } from './credential-view.js';
import { CredentialService } from './credential.service.js';

/**
 * The credential forms as a kernel form handler: the module validates, calls BigCommerce and
 * translates; the host only renders and routes. Nothing returned here holds a secret.
 */
@injectable()
export class CredentialFormHandler implements FormHandler {
  readonly #credentials: CredentialService;
  readonly #editPage: CredentialEditPageService;
  readonly #t: Translator;
  readonly #user: CurrentUser;

  constructor(
    @inject(CredentialService) credentials: CredentialService,
    @inject(CredentialEditPageService) editPage: CredentialEditPageService,
    @inject(KERNEL_TRANSLATOR) translator: Translator,
    @inject(KERNEL_CURRENT_USER) user: CurrentUser,
  ) {
    this.#user = user;
    this.#credentials = credentials;
    this.#editPage = editPage;
    this.#t = translator;
  }

  async blank(): Promise<FormState> {
    return { values: { label: '', apiUrl: '', clientId: '', clientSecret: '', accessToken: '', status: 'active' } };
  }

  async load(id: string): Promise<FormState | null> {
    const numericId = parseCredentialId(id);
    if (numericId === null) return null;
    try {
      const page = await this.#editPage.load(numericId);
      const { credential: c } = page;
      const currencies = page.storeCurrencies.filter((x) => x.enabled).map((x) => ({ id: x.code, label: `${x.code} — ${x.name}` }));
      const locales = page.storeLocales.map((x) => ({ id: x.code, label: x.isDefault ? `${x.code} ★` : x.code }));
      return {
        title: c.label,
        version: c.version,
        values: {
          label: c.label,
          apiUrl: c.apiUrl,
          clientId: c.clientId,
          clientSecret: c.clientSecret,
          accessToken: c.accessToken,
          status: c.status,
          defaultCurrency: c.defaultCurrency ?? '',
          defaultLocale: c.defaultLocale ?? '',
        },
        mappingRows: {
          localeMapping: page.localeRows.map((r) => ({ key: r.pimCode, value: r.value, active: r.active })),
          currencyMapping: page.currencyRows.map((r) => ({ key: r.pimCode, value: r.value, active: r.active })),
        },
        options: { defaultCurrency: currencies, currencyMapping: currencies, defaultLocale: locales, localeMapping: locales },
        details: this.#details(c),
        notices: page.notices.map((n) => ({
          level: 'warning' as const,
          text: [this.#t.translate(n.messageKey, n.params), n.cause ? this.#t.translate(n.cause.messageKey, n.cause.params) : ''].filter(Boolean).join(' '),
        })),
      };
    } catch (error) {
      if (error instanceof CredentialNotFoundError) return null;
      throw error;
    }
  }

  async create(input: Readonly<Record<string, unknown>>): Promise<FormResult> {
    return this.#run(async () => {
      const view = await this.#credentials.create(input);
      return this.#ok(view, 'bigcommerce.credentials.flash.created', { label: view.label, store: view.storeName ?? view.storeHash });
    });
  }

  async update(id: string, input: Readonly<Record<string, unknown>>): Promise<FormResult> {
    return this.#run(async () => {
      const view = await this.#credentials.update(this.#id(id), input);
      return this.#ok(view, 'bigcommerce.credentials.flash.updated', { label: view.label });
    });
  }

  async delete(id: string): Promise<FormResult> {
    return this.#run(async () => {
      await this.#credentials.delete(this.#id(id));
      return { ok: true, id, message: this.#t.translate('bigcommerce.credentials.flash.deleted') };
    });
  }

  async action(name: string, id: string): Promise<FormResult> {
    if (name !== 'verify') return { ok: false, status: 404, message: `Unknown action ${name.slice(0, 32)}.`, errors: {} };
    return this.#run(async () => {
      const result = await this.#credentials.testConnection(this.#id(id));
      if (!result.ok) {
        const message = this.#t.translate(result.error.messageKey, result.error.params);
        return { ok: false, status: 502, message: `${this.#t.translate('bigcommerce.credentials.flash.verify-failed')} ${message}`, errors: {} };
      }
      return { ...this.#ok(result.view, 'bigcommerce.credentials.flash.verified', { store: result.store.storeName }), details: this.#details(result.view) };
    });
  }

  #ok(view: CredentialEditView, key: Parameters<Translator['translate']>[0], params: Record<string, string>): FormResult {
    return { ok: true, id: String(view.id), message: this.#t.translate(key, params) };
  }

  #id(id: string): number {
    const numericId = parseCredentialId(id);
    if (numericId === null) throw new CredentialNotFoundError(0);
    return numericId;
  }

  /** Store name, last verification and what the token may do, for the edit page. */
  #details(c: CredentialEditView): FormState['details'] {
    const t = (key: Parameters<Translator['translate']>[0], params?: Record<string, string>) => this.#t.translate(key, params);
    const locale = (this.#user.get()?.locale ?? 'en_US').replace('_', '-');
    const time = c.verifiedAt === null ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(c.verifiedAt));
    const verification =
      c.verifiedAt === null
        ? t('bigcommerce.credentials.form.never-verified')
        : c.verificationOutcome === 'ok'
          ? t('bigcommerce.credentials.form.verification-ok', { time })
          : t('bigcommerce.credentials.form.verification-failed', { time, outcome: c.verificationOutcome ?? '-' });
    return [
      { label: t('bigcommerce.credentials.form.store-name'), value: c.storeName ?? '-' },
      { label: t('bigcommerce.credentials.form.last-verification'), value: verification },
      { label: t('bigcommerce.credentials.form.capabilities'), value: c.capabilities ? describeCapabilities(c.capabilities, t) : '-' },
    ];
  }

  /** Runs a use case and turns the module's errors into translated form results. */
  async #run(work: () => Promise<FormResult>): Promise<FormResult> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ModuleError)) throw error;
      const message = this.#t.translate(error.messageKey, error.params);
      if (error instanceof InvalidInputError) {
        const errors = Object.fromEntries(Object.entries(error.errors).map(([field, messages]) => [field, messages.map((m) => this.#t.translate(m.messageKey, m.params))]));
        return { ok: false, status: 422, message: this.#t.translate('bigcommerce.credentials.flash.invalid'), errors };
      }
      if (error instanceof CredentialNotFoundError) return { ok: false, status: 404, message, errors: {} };
      if (error instanceof SecretUnavailableError) return { ok: false, status: 503, message, errors: {} };
      if (error instanceof StaleCredentialError) return { ok: false, status: 409, message, errors: {} };
      const field = error.field ?? (error instanceof BigcommerceError ? 'apiUrl' : '_form');
      return { ok: false, status: 422, message, errors: { [field]: [message] } };
    }
  }
}

function describeCapabilities(c: CredentialCapabilities, t: (key: Parameters<Translator['translate']>[0]) => string): string {
  const parts = [];
  if (c.informationRead) parts.push(t('bigcommerce.credentials.form.capability-information'));
  if (c.productsRead) parts.push(t('bigcommerce.credentials.form.capability-products-read'));
  if (c.productsWrite === true) parts.push(t('bigcommerce.credentials.form.capability-products-write'));
  else if (c.productsWrite === false) parts.push(t('bigcommerce.credentials.form.capability-products-read-only'));
  else parts.push(t('bigcommerce.credentials.form.capability-products-write-unknown'));
  return parts.join(' · ');
}
