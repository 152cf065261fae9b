import { inject, injectable } from 'inversify';

import {
  KERNEL_CLOCK,
  KERNEL_MODULE_SETTINGS,
  KERNEL_PIM_CATALOG,
  SECRET_MASK,
  type Clock,
  type FormNotice,
  type FormState,
  type MappingRowState,
  type ModuleSettings,
  type PimCatalog,
} from '@pim/kernel';

import { MODULE_ID, SETTINGS } from '../constants.js';
import type { CodeMapping } from '../domain.js';
import type { MessageKey } from '../i18n/message-key.js';
import type { CredentialEntity } from '../persistence/credential.entity.js';
import { CredentialRepository } from '../persistence/credential.repository.js';
import type { ConnectionFacts } from '../services/connection-check.service.js';
import { CredentialSecrets } from '../services/credential-secrets.js';
import { UserText } from '../i18n/user-text.js';
import { fitToOffer } from '../mapping/store-values.js';
import { connectionDetails } from './connection-details.js';
import { describeAdjustments } from './store-adjustments.js';
import { scopeGuide, storeNotices } from './store-notices.js';
import { currencyChoices, localeChoices, localesKnown, servedIds, storefrontChoices } from './store-choices.js';

const DEFAULT_MAX_AGE_MINUTES = 10;

/**
 * What the edit page shows, built in one place from one read of the credential row: the values
 * (secrets only as the mask), one mapping row per active PIM locale / currency plus any stored
 * row of a deactivated one, the store's remembered lists as the choices, the connection details,
 * and notices. Opening the page asks BigCommerce nothing and writes nothing; when the remembered
 * lists are missing or older than the configured age, a notice offers "Refresh from store"; when
 * this host cannot open the stored secrets (a key it lacks), a notice says so before any save.
 */
@injectable()
export class CredentialEditState {
  constructor(
    @inject(CredentialRepository) private readonly credentials: CredentialRepository,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_PIM_CATALOG) private readonly catalog: PimCatalog,
    @inject(UserText) private readonly text: UserText,
    @inject(KERNEL_MODULE_SETTINGS) private readonly settings: ModuleSettings,
    @inject(KERNEL_CLOCK) private readonly clock: Clock,
  ) {}

  /** The state of the create form, with what to set up in BigCommerce first. */
  blank(): FormState {
    return {
      values: { label: '', apiUrl: '', clientId: '', clientSecret: '', accessToken: '', status: 'active' },
      notices: [scopeGuide(this.text)],
    };
  }

  /** The edit page of credential `id`, or null when there is none. */
  async load(id: number): Promise<FormState | null> {
    const credential = await this.credentials.findWithSealedSecrets(id);
    if (credential === null) return null;
    const [locales, currencies] = await Promise.all([this.catalog.activeLocales(), this.catalog.activeCurrencies()]);
    const lists = credential.storeLists;
    // What the page shows ticked is what a save of it serves: the lists below are those storefronts'.
    const shown = servedIds(lists, credential.channelIds);
    const chosen = shown.map(Number);
    const t = (key: MessageKey, params?: Record<string, string>) => this.text.t(key, params);
    const currencyOptions = currencyChoices(lists, chosen);
    const localeOptions = localeChoices(lists, chosen, t);
    const typed = !localesKnown(lists, chosen);
    return {
      title: credential.label,
      version: credential.version,
      values: {
        label: credential.label,
        apiUrl: credential.apiUrl,
        clientId: credential.clientId,
        clientSecret: SECRET_MASK,
        accessToken: SECRET_MASK,
        status: credential.status,
        defaultCurrency: credential.defaultCurrency ?? '',
        defaultLocale: credential.defaultLocale ?? '',
        channelIds: shown,
      },
      mappingRows: {
        localeMapping: mappingRows(locales, credential.localeMapping),
        currencyMapping: mappingRows(currencies, credential.currencyMapping),
      },
      options: {
        channelIds: storefrontChoices(lists, credential.storeName ?? credential.storeHash, t),
        defaultCurrency: currencyOptions,
        currencyMapping: currencyOptions,
        defaultLocale: localeOptions,
        localeMapping: localeOptions,
      },
      typedValues: { defaultLocale: typed, localeMapping: typed },
      details: this.details(credential),
      notices: this.#notices(credential, chosen),
    };
  }

  /** Store name, last verification and what the token may do, translated for the current user. */
  details(facts: ConnectionFacts): FormState['details'] {
    return connectionDetails(facts, this.text);
  }

  #notices(credential: CredentialEntity, chosen: readonly number[]): FormNotice[] {
    const notices: FormNotice[] = [];
    const unreadable = this.secrets.problemWith(credential);
    if (unreadable !== null)
      notices.push({ level: 'error', text: this.text.t(unreadable.messageKey, unreadable.params) });
    const freshness = { now: this.clock.now(), maxAgeMinutes: this.#maxAgeMinutes() };
    notices.push(...storeNotices({ ...credential, channelIds: chosen }, freshness, this.text));
    // Values the shown storefronts no longer offer (the store changed since): said before a save adjusts them.
    const { adjustments } = fitToOffer({ ...credential, channelIds: chosen }, credential.storeLists);
    if (adjustments.length > 0) {
      const changes = describeAdjustments(adjustments, (key) => this.text.t(key));
      notices.push({ level: 'warning', text: this.text.t('bigcommerce.credentials.form.will-fit', { changes }) });
    }
    return notices;
  }

  #maxAgeMinutes(): number {
    const configured = Number(this.settings.get(MODULE_ID, SETTINGS.storeListsMaxAgeMinutes));
    return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_AGE_MINUTES;
  }
}

function mappingRows(activeCodes: readonly string[], stored: CodeMapping | null): MappingRowState[] {
  const rows: MappingRowState[] = activeCodes.map((key) => ({ key, value: stored?.[key] ?? '', active: true }));
  for (const [key, value] of Object.entries(stored ?? {}))
    if (!activeCodes.includes(key)) rows.push({ key, value, active: false });
  return rows;
}
