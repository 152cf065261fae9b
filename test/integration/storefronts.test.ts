import { sandboxStore } from '@pim/bigcommerce-sandbox';
import type { FormState } from '@pim/kernel';

import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import { SameStoreError } from '../../src/errors/same-store.error.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER, type BigcommerceCredentialProvider } from '../../src/public-api.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { CredentialFormHandler } from '../../src/admin/credential.form-handler.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_STOREFRONT_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const USD_ONLY = sandboxStore({
  hash: 'usd1',
  name: 'Dollar Depot',
  currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true }],
  graphqlLocales: [
    { code: 'en', status: 'ACTIVE', isDefault: true },
    { code: 'es', status: 'ACTIVE', isDefault: false },
  ],
  tokens: [{ token: 'tok-usd', information: 'read', products: 'read', channels: 'read' }],
});

const sandbox = useSandbox({ stores: [MULTI_STOREFRONT_STORE, USD_ONLY] });

describeEachEngine('storefronts, store changes and one store per credential', (engine) => {
  const scratch = useScratchDatabase(engine);
  let service: CredentialService;
  let forms: CredentialFormHandler;
  let credentials: CredentialRepository;
  let provider: BigcommerceCredentialProvider;

  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    const harness = moduleContainer({ dataSource: scratch().dataSource, origins: [sandbox().origin] });
    service = harness.container.get(CredentialService);
    forms = harness.container.get(CredentialFormHandler);
    credentials = harness.container.get(CredentialRepository);
    provider = harness.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
  });

  const createHarbor = (token = 'tok-msf-all', extra: Record<string, unknown> = {}) =>
    service.create({
      label: `Harbor ${token}`,
      apiUrl: sandbox().apiUrl('msf1'),
      clientId: 'c',
      clientSecret: 's',
      accessToken: token,
      status: 'active',
      ...extra,
    });
  const page = async (id: number): Promise<FormState> => (await forms.load(String(id)))!;
  const version = async (id: number) => (await credentials.get(id)).version;

  async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]>> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof InvalidInputError)) throw new Error(`expected field errors, got ${String(error)}`);
    return Object.fromEntries(Object.entries(error.errors).map(([field, ms]) => [field, ms.map((m) => m.messageKey)]));
  }

  it('offers every storefront, serves the default one first, and offers only the chosen storefronts’ languages and currencies', async () => {
    const created = await createHarbor();
    const state = await page(created.id);
    expect(state.values['channelIds']).toEqual(['1']);
    expect(state.options?.['channelIds']).toEqual([
      { id: '1', label: 'Harbor US', hint: 'default storefront' },
      { id: '2', label: 'Harbor Europe' },
      { id: '3', label: 'Harbor UK', hint: 'being set up' },
      // Inactive is down for maintenance, not gone: products can still be assigned to it (channels.v3.yml).
      { id: '4', label: 'Harbor Outlet', hint: 'inactive: down for maintenance, products can still be assigned' },
    ]);
    expect(state.options?.['localeMapping']).toEqual([
      { id: 'en', label: 'en ★' },
      { id: 'fr', label: 'fr' },
    ]);
    expect(state.options?.['currencyMapping']?.map((o) => o.id)).toEqual(['USD', 'EUR']);
    // The languages are known: they are chosen, not typed.
    expect(state.typedValues).toEqual({ defaultLocale: false, localeMapping: false });

    await service.update(created.id, { version: 1, channelIds: ['', '1', '2'] });
    expect((await credentials.get(created.id)).channelIds).toEqual([1, 2]);
    const both = await page(created.id);
    expect(both.values['channelIds']).toEqual(['1', '2']);
    expect(both.options?.['localeMapping']).toEqual([
      { id: 'de', label: 'de ★ · Harbor Europe' },
      { id: 'en', label: 'en ★ · Harbor US' },
      { id: 'fr', label: 'fr · Harbor US, Harbor Europe' },
      // Listed INACTIVE by Harbor Europe: it may be mapped, and says so.
      { id: 'es', label: 'es (inactive on the storefront) · Harbor Europe' },
    ]);
    expect(both.options?.['currencyMapping']).toEqual([
      { id: 'USD', label: 'USD — US Dollar · Harbor US' },
      { id: 'EUR', label: 'EUR — Euro · Harbor US, Harbor Europe' },
      // JPY is assigned to Harbor Europe but not enabled on the store: not offered.
      { id: 'GBP', label: 'GBP — Pound Sterling · Harbor Europe' },
    ]);
  });

  it('validates storefronts, defaults and mappings against the chosen storefronts, naming each bad row', async () => {
    const created = await createHarbor();
    expect(await refusal(service.update(created.id, { version: 1, channelIds: ['9'] }))).toEqual({
      channelIds: ['bigcommerce.validation.storefront'],
    });
    expect(await refusal(service.update(created.id, { version: 1, channelIds: ['5'] }))).toEqual({
      channelIds: ['bigcommerce.validation.storefront'],
    });
    expect(await refusal(service.update(created.id, { version: 1, channelIds: [''] }))).toEqual({
      channelIds: ['bigcommerce.validation.storefront-required'],
    });
    expect(await refusal(service.update(created.id, { version: 1, channelIds: ['1; DROP'] }))).toEqual({
      channelIds: ['bigcommerce.validation.storefront-ids'],
    });
    // de and GBP belong to Harbor Europe, which is not chosen; ja to no storefront at all.
    expect(
      await refusal(
        service.update(created.id, {
          version: 1,
          defaultLocale: 'ja',
          localeMapping: { de_DE: 'de', fr_FR: 'fr' },
          currencyMapping: { GBP: 'GBP', EUR: 'EUR' },
        }),
      ),
    ).toEqual({
      defaultLocale: ['bigcommerce.validation.storefront-locale'],
      'localeMapping.de_DE': ['bigcommerce.validation.storefront-locale'],
      'currencyMapping.GBP': ['bigcommerce.validation.storefront-currency'],
    });
    expect((await credentials.get(created.id)).version).toBe(1);
    // Chosen in the same save, Harbor Europe's language and currency are accepted.
    await service.update(created.id, {
      version: 1,
      channelIds: ['1', '2'],
      localeMapping: { de_DE: 'de', fr_FR: 'fr' },
      currencyMapping: { GBP: 'GBP', EUR: 'EUR' },
    });
    expect(await credentials.get(created.id)).toMatchObject({
      channelIds: [1, 2],
      localeMapping: { de_DE: 'de', fr_FR: 'fr' },
      currencyMapping: { GBP: 'GBP', EUR: 'EUR' },
    });
  });

  it('works as one storefront when the token lacks Channel Settings, and says which scope would unlock the choice', async () => {
    const created = await createHarbor('tok-msf-no-channels');
    const stored = await credentials.get(created.id);
    expect(stored.capabilities).toMatchObject({ channelsRead: false });
    expect(stored.storeLists?.channels).toBeNull();
    const state = await page(created.id);
    expect(state.options?.['channelIds']).toEqual([{ id: '1', label: 'Harbor Goods', hint: 'default storefront' }]);
    expect((state.notices ?? []).map((n) => n.text)).toEqual([
      expect.stringContaining('Channel Settings set to Read-only'),
    ]);
    expect(state.details?.map((d) => d.value).join(' | ')).toContain('Channel Settings: none');
    expect(await refusal(service.update(created.id, { version: 1, channelIds: ['2'] }))).toEqual({
      channelIds: ['bigcommerce.validation.storefront'],
    });
    await service.update(created.id, { version: 1, channelIds: ['1'], localeMapping: { fr_FR: 'fr' } });
    const job = await provider.getActive(created.id);
    expect(job.storefronts).toEqual([{ id: 1, name: 'Harbor Goods', default: true }]);
    expect(job.capabilities.channelsRead).toBe(false);
    expect(await provider.listOptions({ capability: 'channels:read' })).toMatchObject({ options: [] });
  });

  it('fits a credential moved to another store to that store in the same save, says what changed, and hands jobs nothing of the old store', async () => {
    const created = await createHarbor();
    await service.update(created.id, {
      version: 1,
      channelIds: ['1', '2'],
      defaultCurrency: 'EUR',
      defaultLocale: 'fr',
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de' },
      currencyMapping: { USD: 'USD', EUR: 'EUR', GBP: 'GBP' },
    });
    const moved = await service.update(created.id, {
      version: 2,
      apiUrl: sandbox().apiUrl('usd1'),
      accessToken: 'tok-usd',
      // What the form still shows of the old store comes back with the move.
      channelIds: ['1', '2'],
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de' },
      currencyMapping: { USD: 'USD', EUR: 'EUR', GBP: 'GBP' },
    });
    expect(moved.adjustments).toEqual([
      { field: 'channelIds', key: null, from: '1, 2', to: null },
      { field: 'localeMapping', key: 'fr_FR', from: 'fr', to: null },
      { field: 'localeMapping', key: 'de_DE', from: 'de', to: null },
      { field: 'currencyMapping', key: 'EUR', from: 'EUR', to: null },
      { field: 'currencyMapping', key: 'GBP', from: 'GBP', to: null },
      { field: 'defaultCurrency', key: null, from: 'EUR', to: 'USD' },
      { field: 'defaultLocale', key: null, from: 'fr', to: 'en' },
    ]);
    expect(await credentials.get(created.id)).toMatchObject({
      storeHash: 'usd1',
      channelIds: null,
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
    });
    // Checked right after: the job sees only what the new store has.
    const job = await provider.getActive(created.id);
    expect([job.localeMapping, job.currencyMapping, job.defaultCurrency, job.storefronts]).toEqual([
      { en_US: 'en' },
      { USD: 'USD' },
      'USD',
      [{ id: 1, name: 'Dollar Depot', default: true }],
    ]);
    // The next save of the same form is accepted: nothing left refers to the old store.
    await service.update(created.id, {
      version: await version(created.id),
      label: 'Dollar Depot feed',
      localeMapping: { en_US: 'en', fr_FR: 'es' },
    });

    // Back to Harbor: `es` is no language of its default storefront, and fr_FR is matched again, as on create.
    const result = await forms.update(String(created.id), {
      version: await version(created.id),
      apiUrl: sandbox().apiUrl('msf1'),
      accessToken: 'tok-msf-all',
    });
    expect(result).toEqual({
      ok: true,
      id: String(created.id),
      message:
        'Credential "Dollar Depot feed" updated. It now connects to Harbor Goods, so what that store lacks was adjusted: Locale Mapping fr_FR: es → fr.',
    });
    expect((await credentials.get(created.id)).localeMapping).toEqual({ en_US: 'en', fr_FR: 'fr' });
  });

  it('says before a save what the store no longer offers, and the save as shown fits it and says so', async () => {
    const changing = sandboxStore({
      ...USD_ONLY,
      hash: 'change1',
      currencies: [
        { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
        { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
      ],
    });
    sandbox().addStore(changing);
    const created = await service.create({
      label: 'Changing',
      apiUrl: sandbox().apiUrl('change1'),
      clientId: 'c',
      clientSecret: 's',
      accessToken: 'tok-usd',
      status: 'active',
    });
    expect((await credentials.get(created.id)).currencyMapping).toEqual({ USD: 'USD', EUR: 'EUR' });
    // The merchant disables EUR in BigCommerce; Refresh from store learns it.
    sandbox().addStore({ ...changing, currencies: changing.currencies.filter((c) => c.code !== 'EUR') });
    expect(await forms.refreshLists(String(created.id))).toMatchObject({ ok: true });
    const shown = await page(created.id);
    expect(shown.notices?.map((n) => n.text)).toContainEqual(
      'The storefronts this credential serves no longer offer some of its values; saving will adjust them: Currency Mapping EUR: EUR → none.',
    );
    const rows = (name: string) => Object.fromEntries((shown.mappingRows?.[name] ?? []).map((r) => [r.key, r.value]));
    const saved = await forms.update(String(created.id), {
      ...shown.values,
      version: String(shown.version),
      localeMapping: rows('localeMapping'),
      currencyMapping: rows('currencyMapping'),
    });
    expect(saved).toMatchObject({
      ok: true,
      message:
        'Credential "Changing" updated. What the storefronts it serves do not offer was adjusted: Currency Mapping EUR: EUR → none.',
    });
    expect((await credentials.get(created.id)).currencyMapping).toEqual({ USD: 'USD' });
    expect((await page(created.id)).notices?.some((n) => n.text.includes('saving will adjust'))).toBe(false);
  });

  it('asks before a second credential is saved for one store, naming the first and what it may do; Save anyway keeps both', async () => {
    const first = await createHarbor();
    const second = await createHarbor('tok-msf-no-channels').then(
      () => null,
      (e: unknown) => e,
    );
    expect(second).toBeInstanceOf(SameStoreError);
    expect(second).toMatchObject({
      field: 'apiUrl',
      messageKey: 'bigcommerce.credentials.errors.same-store-writable',
      params: { label: 'Harbor tok-msf-all' },
    });
    // Asked before BigCommerce is: the question costs the store nothing.
    sandbox().clearRequests();
    const asked = await forms.create({
      label: 'Harbor imports',
      apiUrl: sandbox().apiUrl('msf1'),
      clientId: 'c',
      clientSecret: 's',
      accessToken: 'tok-msf-all',
      status: 'active',
    });
    expect(asked).toMatchObject({
      ok: false,
      status: 409,
      confirm: { field: 'confirmSameStore', label: 'Save anyway' },
      errors: { apiUrl: [expect.stringContaining('"Harbor tok-msf-all" already connects to this store')] },
    });
    expect(sandbox().requests).toEqual([]);
    expect(await scratch().dataSource.query('SELECT id FROM bigcommerce_credentials')).toHaveLength(1);

    const anyway = await forms.create({
      label: 'Harbor imports',
      apiUrl: sandbox().apiUrl('msf1'),
      clientId: 'c',
      clientSecret: 's',
      accessToken: 'tok-msf-all',
      status: 'active',
      confirmSameStore: '1',
    });
    expect(anyway).toMatchObject({ ok: true });

    // Moving another credential onto that store asks too; editing one already there does not.
    const other = await service.create({
      label: 'Dollar',
      apiUrl: sandbox().apiUrl('usd1'),
      clientId: 'c',
      clientSecret: 's',
      accessToken: 'tok-usd',
      status: 'active',
    });
    await expect(
      service.update(other.id, { version: 1, apiUrl: sandbox().apiUrl('msf1'), accessToken: 'tok-msf-all' }),
    ).rejects.toBeInstanceOf(SameStoreError);
    await service.update(first.id, { version: 1, label: 'Harbor exports' });
  });
});
