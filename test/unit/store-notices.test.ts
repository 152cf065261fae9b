import type { StoreListsSnapshot } from '../../src/domain.js';
import type { UserText } from '../../src/i18n/user-text.js';
import { storeNotices } from '../../src/admin/store-notices.js';

/** Message keys with their params, instead of translations: what the notices say, not how. */
const text = {
  t: (key: string, params: Record<string, unknown> = {}) => `${key}${JSON.stringify(params)}`,
  time: (at: Date) => at.toISOString(),
} as unknown as UserText;

const NOW = new Date('2026-12-01T12:00:00Z');
const lists = (changes: Partial<StoreListsSnapshot> = {}): StoreListsSnapshot => ({
  currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true }],
  locales: [{ code: 'en', isDefault: true }],
  localesFrom: 'graphql',
  channels: [
    {
      id: 1,
      name: 'Main',
      type: 'storefront',
      status: 'active',
      currencies: ['USD'],
      defaultCurrency: 'USD',
      locales: [{ code: 'en', isDefault: true }],
    },
  ],
  readAt: NOW.toISOString(),
  ...changes,
});
const notices = (snapshot: StoreListsSnapshot | null) =>
  storeNotices(
    { storeLists: snapshot, channelIds: null, capabilities: null },
    { now: NOW, maxAgeMinutes: 10 },
    text,
  ).map((n) => n.text);

describe("the edit page's notices about the store's lists", () => {
  it('says nothing about lists read just now that are complete', () => {
    expect(notices(lists())).toEqual([]);
  });

  it('says when a store has more storefronts than are offered', () => {
    expect(notices(lists({ channelsTruncated: true }))).toEqual([
      'bigcommerce.credentials.form.channels-truncated{"max":500}',
    ]);
  });

  it("says when the default storefront's languages are not listed, and when the lists are old or unread", () => {
    expect(notices(lists({ channels: null, localesFrom: 'default-language' }))).toEqual([
      'bigcommerce.credentials.form.locales-default-only{}',
    ]);
    expect(notices(lists({ readAt: '2026-12-01T11:00:00.000Z' }))).toEqual([
      'bigcommerce.credentials.form.lists-stale{"time":"2026-12-01T11:00:00.000Z"}',
    ]);
    expect(notices(null)).toEqual(['bigcommerce.credentials.form.lists-never-read{}']);
  });
});
