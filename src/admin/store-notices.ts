import type { Capabilities } from '../capabilities.js';
import type { FormNotice } from '@pim/kernel';

import { defaultChannelOf, MAX_STOREFRONTS, type StoreListsSnapshot } from '../domain.js';
import { offeredCurrencies, offeredLocales, servedChannelIds, storefrontsOf } from '../mapping/storefront-lists.js';
import type { UserText } from '../i18n/user-text.js';

/** What the edit page says about the remembered store lists: their age, and what is not known. */
export function storeNotices(
  credential: {
    readonly storeLists: StoreListsSnapshot | null;
    readonly channelIds: readonly number[] | null;
    readonly capabilities: Capabilities | null;
  },
  freshness: { readonly now: Date; readonly maxAgeMinutes: number },
  text: UserText,
): FormNotice[] {
  const lists = credential.storeLists;
  if (lists === null) return [{ level: 'warning', text: text.t('bigcommerce.credentials.form.lists-never-read') }];
  const notices: FormNotice[] = [];
  const readAt = new Date(lists.readAt);
  if (freshness.now.getTime() - readAt.getTime() > freshness.maxAgeMinutes * 60_000) {
    notices.push({
      level: 'info',
      text: text.t('bigcommerce.credentials.form.lists-stale', { time: text.time(readAt) }),
    });
  }
  const storefronts = storefrontsOf(lists);
  if (lists.channelsTruncated === true) {
    notices.push({
      level: 'info',
      text: text.t('bigcommerce.credentials.form.channels-truncated', { max: MAX_STOREFRONTS }),
    });
  }
  if (storefronts === null && credential.capabilities?.channelsRead === false) {
    notices.push({ level: 'info', text: text.t('bigcommerce.credentials.form.channels-scope-missing') });
  }
  if (offeredCurrencies(lists, credential.channelIds).codes.size === 0) {
    notices.push({ level: 'info', text: text.t('bigcommerce.credentials.form.no-currencies') });
  }
  if (!offeredLocales(lists, credential.channelIds).complete) {
    const served = new Set(servedChannelIds(credential.channelIds, lists));
    // The default storefront's own languages come from the store's language settings: only its default is then known.
    const unknown = (storefronts ?? [])
      .filter((c) => served.has(c.id) && c.locales === null && c.id !== defaultChannelOf(lists))
      .map((c) => c.name);
    notices.push({
      level: 'warning',
      text:
        storefronts === null || unknown.length === 0
          ? text.t('bigcommerce.credentials.form.locales-default-only')
          : text.t('bigcommerce.credentials.form.locales-unknown-storefronts', { storefronts: unknown.join(', ') }),
    });
  }
  return notices;
}

/** BigCommerce's page on store-level API accounts (where the scopes are set). */
export const API_ACCOUNTS_HELP = 'https://support.bigcommerce.com/s/article/Store-API-Accounts';

/** The create page's guide: which scopes to give the API account, and why each is needed. */
export function scopeGuide(text: UserText): FormNotice {
  return {
    level: 'info',
    text: text.t('bigcommerce.credentials.form.scopes-intro'),
    items: [
      text.t('bigcommerce.credentials.form.scope-products'),
      text.t('bigcommerce.credentials.form.scope-information'),
      text.t('bigcommerce.credentials.form.scope-channels'),
      text.t('bigcommerce.credentials.form.scopes-copy'),
      text.t('bigcommerce.credentials.form.scopes-verified'),
    ],
    link: { text: text.t('bigcommerce.credentials.form.scopes-link'), href: API_ACCOUNTS_HELP },
  };
}
