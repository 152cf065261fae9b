import { inject, injectable } from 'inversify';

import {
  BIGCOMMERCE_CREDENTIAL_PROVIDER,
  CredentialUnavailableError,
  satisfies,
  StoreRequestError,
  type ActiveCredential,
  type BigcommerceCredentialProvider,
  type CapabilityName,
} from '@pim/bigcommerce-credentials/public-api';
import {
  KERNEL_PIM_CATALOG,
  type JobCheckLine,
  type JobCheckReport,
  type JobCheckTable,
  type JobFilterValues,
  type PimCatalog,
} from '@pim/kernel';

import { JobText } from '../i18n/job-text.js';
import { codeFindings } from './code-lines.js';
import { listValue, oneValue } from './filter-values.js';
import { resolveStorefronts } from './resolve.js';

/** What a job needs of its credential, and whether it writes storefronts, locales and currencies. */
export interface CheckPlan {
  readonly capability: Extract<CapabilityName, 'products:modify' | 'products:read'>;
  readonly writesStorefronts: boolean;
}

/**
 * The one request a check sends: the cheapest that proves the token reaches the store's products
 * now (`include_fields` takes field names, `reference/catalog/products_catalog.v3.yml`).
 */
const LIVE_PATH = 'v3/catalog/products';
const LIVE_QUERY = { limit: 1, include_fields: 'name' } as const;

/**
 * Checks a job's saved filters the way a run would go: the credential through the provider's
 * `getActive`, what its token may do, its last check, the storefronts, locales and currencies the
 * job would write, and one request through the provider's connection. It writes nothing.
 */
@injectable()
export class JobChecker {
  constructor(
    @inject(BIGCOMMERCE_CREDENTIAL_PROVIDER) private readonly provider: BigcommerceCredentialProvider,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(JobText) private readonly text: JobText,
  ) {}

  async check(plan: CheckPlan, filters: JobFilterValues): Promise<JobCheckReport> {
    const label = this.text.t('bigcommerce-jobs.check.label-credential');
    const id = oneValue(filters, 'credentials');
    if (id === null)
      return this.#report([{ status: 'error', label, text: this.text.t('bigcommerce-jobs.check.no-credential') }], []);
    let credential: ActiveCredential;
    try {
      credential = await this.provider.getActive(id);
    } catch (error) {
      if (!(error instanceof CredentialUnavailableError)) throw error;
      return this.#report([{ status: 'error', label, text: error.message }, this.#skipped()], []);
    }
    const lines: JobCheckLine[] = [
      {
        status: 'ok',
        label,
        text: this.text.t('bigcommerce-jobs.check.credential-ok', {
          label: credential.label,
          store: credential.storeHash,
        }),
      },
      this.#access(plan, credential),
      this.#lastCheck(credential),
    ];
    const tables: JobCheckTable[] = [];
    if (plan.writesStorefronts) await this.#writes(filters, credential, lines, tables);
    lines.push(await this.#live(credential));
    return this.#report(lines, tables);
  }

  #access(plan: CheckPlan, credential: ActiveCredential): JobCheckLine {
    const label = this.text.t('bigcommerce-jobs.check.label-access');
    const modify = plan.capability === 'products:modify';
    if (satisfies(credential.capabilities, plan.capability)) {
      const text = this.text.t(
        modify ? 'bigcommerce-jobs.check.access-ok-modify' : 'bigcommerce-jobs.check.access-ok-read',
      );
      if (modify && credential.capabilities.planLimitReached === true)
        return { status: 'warning', label, text, items: [this.text.t('bigcommerce-jobs.check.plan-limit')] };
      return { status: 'ok', label, text };
    }
    if (modify && credential.capabilities.productsWrite === null)
      return { status: 'warning', label, text: this.text.t('bigcommerce-jobs.check.access-unknown-modify') };
    return {
      status: 'error',
      label,
      text: this.text.t(
        modify ? 'bigcommerce-jobs.check.access-missing-modify' : 'bigcommerce-jobs.check.access-missing-read',
      ),
    };
  }

  #lastCheck({ lastCheck }: ActiveCredential): JobCheckLine {
    const label = this.text.t('bigcommerce-jobs.check.label-last-check');
    if (lastCheck === null) return { status: 'warning', label, text: this.text.t('bigcommerce-jobs.check.last-never') };
    const text = this.text.t('bigcommerce-jobs.check.last-outcome', {
      outcome: lastCheck.summary,
      time: this.text.time(lastCheck.at),
    });
    return { status: lastCheck.ok ? 'ok' : 'warning', label, text };
  }

  /** The storefronts, locales and currencies an export would write. */
  async #writes(
    filters: JobFilterValues,
    credential: ActiveCredential,
    lines: JobCheckLine[],
    tables: JobCheckTable[],
  ): Promise<void> {
    lines.push(this.#storefronts(listValue(filters, 'storefronts'), credential));
    const [locales, currencies] = await Promise.all([this.catalog.activeLocales(), this.catalog.activeCurrencies()]);
    for (const found of [
      codeFindings('locales', listValue(filters, 'locales'), locales, credential, this.text),
      codeFindings('currencies', listValue(filters, 'currencies'), currencies, credential, this.text),
    ]) {
      lines.push(found.line);
      if (found.table !== null) tables.push(found.table);
    }
  }

  #storefronts(chosen: readonly string[], credential: ActiveCredential): JobCheckLine {
    const label = this.text.t('bigcommerce-jobs.check.label-storefronts');
    const { storefronts, notServed } = resolveStorefronts(chosen, credential.storefronts);
    if (notServed.length > 0) {
      const said = notServed.map((id) => this.text.t('bigcommerce-jobs.check.storefront-not-served', { id }));
      return { status: 'error', label, text: said[0]!, ...(said.length > 1 ? { items: said.slice(1) } : {}) };
    }
    if (storefronts.length === 0)
      return { status: 'error', label, text: this.text.t('bigcommerce-jobs.check.storefronts-none') };
    const fallback = chosen.length === 0;
    return {
      status: 'ok',
      label,
      text: this.text.t(
        fallback ? 'bigcommerce-jobs.check.storefronts-default' : 'bigcommerce-jobs.check.storefronts-chosen',
      ),
      items: storefronts.map((s) => `${s.name} (#${s.id})`),
    };
  }

  /** One request through the provider's connection: the token works now, or why not. */
  async #live(credential: ActiveCredential): Promise<JobCheckLine> {
    const label = this.text.t('bigcommerce-jobs.check.label-live');
    const started = Date.now();
    try {
      const { status } = await this.provider.connect(credential).get(LIVE_PATH, LIVE_QUERY);
      if (status >= 200 && status < 300)
        return {
          status: 'ok',
          label,
          text: this.text.t('bigcommerce-jobs.check.live-ok', { status, ms: Date.now() - started }),
        };
      if (status === 401)
        return { status: 'error', label, text: this.text.t('bigcommerce-jobs.check.live-token-refused') };
      if (status === 403)
        return { status: 'error', label, text: this.text.t('bigcommerce-jobs.check.live-scope-refused') };
      return { status: 'error', label, text: this.text.t('bigcommerce-jobs.check.live-status', { status }) };
    } catch (error) {
      if (!(error instanceof StoreRequestError)) throw error;
      const notSent = error.code === 'quota-reserve-reached' || error.code === 'origin-not-allowed';
      const key = notSent ? 'bigcommerce-jobs.check.live-not-sent' : 'bigcommerce-jobs.check.live-no-answer';
      return { status: 'error', label, text: this.text.t(key, { reason: error.message }) };
    }
  }

  #skipped(): JobCheckLine {
    return {
      status: 'error',
      label: this.text.t('bigcommerce-jobs.check.label-live'),
      text: this.text.t('bigcommerce-jobs.check.live-skipped'),
    };
  }

  #report(lines: readonly JobCheckLine[], tables: readonly JobCheckTable[]): JobCheckReport {
    const ok = lines.every((line) => line.status !== 'error');
    const warned = lines.some((line) => line.status === 'warning');
    const summary = this.text.t(
      !ok
        ? 'bigcommerce-jobs.check.failed'
        : warned
          ? 'bigcommerce-jobs.check.ok-with-warnings'
          : 'bigcommerce-jobs.check.ok',
    );
    return { ok, summary, lines, tables };
  }
}
