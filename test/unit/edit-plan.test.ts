import { normalizeApiUrl } from '../../src/bigcommerce/api-url.js';
import type { Inspection } from '../../src/bigcommerce/store-inspector.js';
import { REDACTED, type StoreListsSnapshot } from '../../src/domain.js';
import type { UpdateCredentialDto } from '../../src/dto/update-credential.dto.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import { StaleCredentialError } from '../../src/errors/persistence.errors.js';
import { completeEdit, planEdit, type EditedRecord } from '../../src/services/edit-plan.js';

const LISTS: StoreListsSnapshot = {
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false },
  ],
  locales: [
    { code: 'en', isDefault: true },
    { code: 'fr', isDefault: false },
  ],
  localesFrom: 'graphql',
  channels: [
    {
      id: 1,
      name: 'Main',
      type: 'storefront',
      status: 'active',
      currencies: ['USD', 'EUR'],
      defaultCurrency: 'USD',
      locales: [
        { code: 'en', isDefault: true },
        { code: 'fr', isDefault: false },
      ],
    },
    {
      id: 2,
      name: 'Europe',
      type: 'storefront',
      status: 'active',
      currencies: ['EUR'],
      defaultCurrency: 'EUR',
      locales: [{ code: 'fr', isDefault: true }],
    },
  ],
  readAt: '2026-12-01T00:00:00.000Z',
};

const CURRENT = {
  id: 7,
  version: 3,
  label: 'Main store',
  apiUrl: 'https://api.bigcommerce.com/stores/abc123/',
  storeHash: 'abc123',
  clientId: 'client-1',
  secretKeyId: 'k1',
  status: 'active',
  defaultCurrency: 'USD',
  defaultLocale: 'en',
  localeMapping: { en_US: 'en', fr_FR: 'fr' },
  currencyMapping: { USD: 'USD', EUR: 'EUR' },
  channelIds: null,
  storeName: 'Main',
  verifiedAt: new Date('2026-12-01T00:00:00Z'),
  verificationOutcome: 'ok',
  capabilities: { informationRead: true, productsRead: true, productsWrite: true, channelsRead: true },
  storeLists: LISTS,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
} satisfies EditedRecord;

const CONTEXT = {
  activeLocales: ['en_US', 'fr_FR', 'de_DE'],
  activeCurrencies: ['USD', 'EUR'],
  normalize: (apiUrl: string) => normalizeApiUrl(apiUrl, ['https://api.bigcommerce.com']),
};

const plan = (dto: Partial<UpdateCredentialDto>, current: EditedRecord = CURRENT) =>
  planEdit({ version: 3, ...dto }, current, CONTEXT);
const fieldsOf = (thrown: () => unknown) => {
  try {
    thrown();
  } catch (error) {
    if (error instanceof InvalidInputError) return Object.keys(error.errors);
    throw error;
  }
  throw new Error('nothing was refused');
};

const inspection = (changes: Partial<Inspection['store']> = {}): Inspection => ({
  store: {
    storeName: 'Other Shop',
    defaultCurrency: 'EUR',
    defaultLanguage: 'fr',
    defaultChannelId: 1,
    capabilities: { informationRead: true, productsRead: true, productsWrite: false },
    ...changes,
  },
  reading: { lists: LISTS, problems: [], channelsReadable: true },
  at: new Date('2026-12-02T00:00:00Z'),
});

describe('an edit, planned before anything is asked or stored', () => {
  it('refuses another version than the one the form was loaded with', () => {
    expect(() => plan({ version: 2 })).toThrow(StaleCredentialError);
  });

  it('changes nothing, asks nothing and seals nothing for the page saved as shown', () => {
    expect(
      plan({
        label: 'Main store',
        apiUrl: 'https://api.bigcommerce.com/stores/abc123/v3/',
        clientId: 'client-1',
        clientSecret: '**********',
        accessToken: '',
        status: 'active',
        channelIds: [1],
      }),
    ).toEqual({
      changes: {},
      newLabel: null,
      newStore: null,
      movesStore: false,
      verify: null,
      seal: null,
    });
  });

  it('asks BigCommerce nothing for a change of the client id alone: BigCommerce never checks it', () => {
    expect(plan({ clientId: 'client-2' })).toMatchObject({
      changes: { clientId: 'client-2' },
      verify: null,
      seal: null,
    });
  });

  it('names a new label, to be checked free', () => {
    expect(plan({ label: 'Outlet' })).toMatchObject({ changes: { label: 'Outlet' }, newLabel: 'Outlet' });
  });

  it('verifies a typed token against the same store, and seals it with the stored client secret', () => {
    expect(plan({ accessToken: 'tok-new' })).toMatchObject({
      verify: { apiUrl: CURRENT.apiUrl, storeHash: 'abc123', accessToken: 'tok-new', previousLists: LISTS },
      seal: { accessToken: 'tok-new', clientSecret: null },
    });
  });

  it('seals a typed client secret with the stored token, without verifying', () => {
    expect(plan({ clientSecret: 'secret-2' })).toMatchObject({
      verify: null,
      seal: { clientSecret: 'secret-2', accessToken: null },
    });
  });

  it('needs the token typed again to move to another store, and then verifies that store, keeping nothing of it', () => {
    const elsewhere = 'https://api.bigcommerce.com/stores/zzz999/';
    expect(fieldsOf(() => plan({ apiUrl: elsewhere }))).toEqual(['accessToken']);
    expect(fieldsOf(() => plan({ apiUrl: elsewhere, accessToken: '**********' }))).toEqual(['accessToken']);
    expect(plan({ apiUrl: elsewhere, accessToken: 'tok-zzz', confirmSameStore: true })).toMatchObject({
      movesStore: true,
      changes: { apiUrl: elsewhere, storeHash: 'zzz999' },
      newStore: { storeHash: 'zzz999', confirmed: true },
      verify: { apiUrl: elsewhere, storeHash: 'zzz999', accessToken: 'tok-zzz', previousLists: null },
    });
  });

  it('records storefronts only when they change, sorted', () => {
    expect(plan({ channelIds: [1] }).changes).toEqual({});
    expect(plan({ channelIds: [2, 1] }).changes).toEqual({ channelIds: [1, 2] });
  });

  it('refuses a value the user set that the served storefronts do not offer, and keeps blanks out of mappings', () => {
    expect(fieldsOf(() => plan({ currencyMapping: { USD: 'GBP' } }))).toEqual(['currencyMapping.USD']);
    expect(fieldsOf(() => plan({ defaultLocale: 'de' }))).toEqual(['defaultLocale']);
    expect(fieldsOf(() => plan({ channelIds: [3] }))).toEqual(['channelIds']);
    expect(plan({ localeMapping: { en_US: 'en', fr_FR: '', de_DE: '' } }).changes).toEqual({
      localeMapping: { en_US: 'en' },
    });
  });
});

describe('an edit, completed with what was learnt', () => {
  it('fits what the newly served storefronts lack, and says what it adjusted', () => {
    const planned = plan({
      channelIds: [2],
      localeMapping: CURRENT.localeMapping,
      currencyMapping: CURRENT.currencyMapping,
    });
    const done = completeEdit(planned, CURRENT, { inspection: null, sealed: null });
    expect(done.changes).toEqual({
      channelIds: [2],
      localeMapping: { fr_FR: 'fr' },
      currencyMapping: { EUR: 'EUR' },
      defaultCurrency: 'EUR',
      defaultLocale: 'fr',
    });
    expect(done.adjustments.map((a) => `${a.field} ${a.key ?? ''} ${a.from} → ${a.to}`)).toEqual([
      'localeMapping en_US en → null',
      'currencyMapping USD USD → null',
      'defaultCurrency  USD → EUR',
      'defaultLocale  en → fr',
    ]);
    expect(done.history.map((c) => c.field)).toEqual([
      'defaultCurrency',
      'defaultLocale',
      'localeMapping',
      'currencyMapping',
      'channelIds',
    ]);
  });

  it('records the verification and the sealed secrets, the secrets only as changed', () => {
    const planned = plan({ accessToken: 'tok-new', clientSecret: 'secret-2' });
    const sealed = { clientSecretSealed: 'k2.s', accessTokenSealed: 'k2.t', secretKeyId: 'k2' };
    const done = completeEdit(planned, CURRENT, { inspection: inspection(), sealed });
    expect(done.changes).toMatchObject({
      ...sealed,
      storeName: 'Other Shop',
      verificationOutcome: 'ok',
      verifiedAt: new Date('2026-12-02T00:00:00Z'),
      capabilities: { productsWrite: false },
      storeLists: LISTS,
    });
    expect(done.history).toEqual([
      { field: 'clientSecret', old: REDACTED, new: REDACTED },
      { field: 'accessToken', old: REDACTED, new: REDACTED },
    ]);
    expect(JSON.stringify(done)).not.toMatch(/tok-new|secret-2/);
  });

  it("moves to the new store's default storefront, choosing its defaults again", () => {
    const served = { ...CURRENT, channelIds: [1, 2] };
    const planned = plan({ apiUrl: 'https://api.bigcommerce.com/stores/zzz999/', accessToken: 'tok-zzz' }, served);
    const done = completeEdit(planned, served, { inspection: inspection(), sealed: null });
    expect(done.changes.channelIds).toBeNull();
    expect(done.adjustments[0]).toEqual({ field: 'channelIds', key: null, from: '1, 2', to: null });
    expect(done.history.map((c) => c.field)).toEqual(expect.arrayContaining(['apiUrl', 'storeHash', 'channelIds']));
  });
});
