import type { DataSource } from 'typeorm';

import bigcommerceModule, {
  BIGCOMMERCE_CREDENTIAL_PROVIDER,
  CredentialUnavailableError,
  resolveStoreCurrency,
  resolveStoreLocale,
  type BigcommerceCredentialProvider,
} from '../../src/index.js';
import { validateModule } from '@pim/kernel';
import { credentialOptions } from '../../src/admin/credential.option-source.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { CredentialSecrets } from '../../src/services/credential-secrets.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { credentialRecord } from '../fixtures/credential-records.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';

/** A store with two storefronts: Harbor US (USD, en) and Harbor Europe (EUR; de, fr); GBP is enabled on neither. */
function harborLists(at: Date) {
  return {
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false },
      { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false },
    ],
    locales: [{ code: 'en', isDefault: true }],
    localesFrom: 'graphql' as const,
    channels: [
      {
        id: 1,
        name: 'Harbor US',
        type: 'storefront',
        status: 'active',
        currencies: ['USD'],
        defaultCurrency: 'USD',
        locales: [{ code: 'en', isDefault: true }],
      },
      {
        id: 2,
        name: 'Harbor Europe',
        type: 'storefront',
        status: 'active',
        currencies: ['EUR'],
        defaultCurrency: 'EUR',
        locales: [
          { code: 'de', isDefault: true },
          { code: 'fr', isDefault: false },
        ],
      },
    ],
    readAt: at.toISOString(),
  };
}

const WRITABLE = { informationRead: true, productsRead: true, productsWrite: true };
const READ_ONLY = { informationRead: true, productsRead: true, productsWrite: false };

describeEachEngine('credential provider', (engine) => {
  const scratch = useScratchDatabase(engine);
  let db: DataSource;
  let harness: ReturnType<typeof moduleContainer>;
  let provider: BigcommerceCredentialProvider;
  let repository: CredentialRepository;

  beforeAll(() => {
    db = scratch().dataSource;
  });
  beforeEach(async () => {
    await db.query('DELETE FROM bigcommerce_credentials');
    harness = moduleContainer({ dataSource: db });
    provider = harness.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
    repository = harness.container.get(CredentialRepository);
  });

  async function seed(label: string, overrides: Parameters<typeof credentialRecord>[0] = {}): Promise<number> {
    const secrets = harness.container
      .get(CredentialSecrets)
      .seal({ clientSecret: `secret-of-${label}`, accessToken: `token-of-${label}` });
    return (
      await repository.insert(
        credentialRecord({
          label,
          storeHash: label.replace(/\W/g, '').toLowerCase() || 'x',
          capabilities: READ_ONLY,
          ...secrets,
          ...overrides,
        }),
        [],
      )
    ).id;
  }

  it('lists only active credentials, ordered by label, searched and paginated', async () => {
    await seed('Zeta');
    await seed('alpha');
    await seed('Hidden', { status: 'inactive' });
    await seed('Beta shop');
    expect((await provider.listOptions({})).options.map((o) => o.label)).toEqual(['alpha', 'Beta shop', 'Zeta']);
    expect((await provider.listOptions({ query: 'SHO' })).options.map((o) => o.label)).toEqual(['Beta shop']);
    expect((await provider.listOptions({ query: 'hidden' })).options).toEqual([]);

    await db.query('DELETE FROM bigcommerce_credentials');
    for (let i = 0; i < 25; i++) await seed(`Store ${String(i).padStart(2, '0')}`);
    const third = await provider.listOptions({ page: 3, perPage: 10 });
    expect(third).toMatchObject({ page: 3, lastPage: 3 });
    expect(third.options.map((o) => o.label)).toEqual(['Store 20', 'Store 21', 'Store 22', 'Store 23', 'Store 24']);
    expect((await provider.listOptions({ perPage: 1000 })).options).toHaveLength(25);
  });

  it('rehydrates a saved choice, flagging an inactive one and omitting a deleted one', async () => {
    const active = await seed('Active one');
    const inactive = await seed('Sleeping one', { status: 'inactive' });
    const deleted = await seed('Gone');
    await repository.delete(deleted, []);
    expect((await provider.listOptions({ ids: [String(active), inactive, deleted, 'junk'] })).options).toEqual([
      { id: active, label: 'Active one', lastCheck: null },
      { id: inactive, label: 'Sleeping one', inactive: true, lastCheck: null },
    ]);
  });

  it('lists only credentials that can write products for an export job', async () => {
    const writable = await seed('Writer', { capabilities: WRITABLE });
    await seed('Reader', { capabilities: READ_ONLY });
    await seed('Unknown', { capabilities: { ...WRITABLE, productsWrite: null } });
    expect((await provider.listOptions({ capability: 'products:modify' })).options).toEqual([
      { id: writable, label: 'Writer', lastCheck: null },
    ]);
    expect((await provider.listOptions({})).options).toHaveLength(3);
    const reader = (await provider.listOptions({ query: 'Reader' })).options[0]!.id;
    expect((await provider.listOptions({ ids: [reader], capability: 'products:modify' })).options).toEqual([
      { id: reader, label: 'Reader', inactive: true, lastCheck: null },
    ]);
  });

  it('hands a job a frozen, decrypted credential with only the active PIM mappings', async () => {
    const id = await seed('Main', {
      capabilities: WRITABLE,
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', de_DE: 'de-DE' },
      currencyMapping: { USD: 'USD', GBP: 'GBP' },
    });
    harness.catalog.set(['en_US', 'fr_FR'], ['USD', 'EUR']);
    const credential = await provider.getActive(String(id));
    expect(credential).toEqual({
      id,
      label: 'Main',
      baseUrl: 'https://api.bigcommerce.com/stores/main/',
      storeHash: 'main',
      clientId: 'client-id-1',
      clientSecret: 'secret-of-Main',
      accessToken: 'token-of-Main',
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
      storefronts: [{ id: 1, name: 'main', default: true }],
      lastCheck: null,
      capabilities: { ...WRITABLE, channelsRead: null },
    });
    expect(Object.isFrozen(credential)).toBe(true);
    expect(Object.isFrozen(credential.localeMapping)).toBe(true);
    expect(Object.isFrozen(credential.capabilities)).toBe(true);
    expect(resolveStoreLocale(credential, 'en_US')).toBe('en');
    expect(resolveStoreLocale(credential, 'fr_FR')).toBe('en');
    expect(resolveStoreCurrency(credential, 'EUR')).toBe('USD');
    expect(resolveStoreCurrency(credential, 'USD')).toBe('USD');
  });

  it('carries the storefronts served, the last check, and only mapping values the served storefronts have', async () => {
    const at = new Date('2026-11-20T09:30:00.000Z');
    const storeLists = harborLists(at);
    harness.catalog.set(['en_US', 'fr_FR', 'de_DE'], ['USD', 'EUR', 'GBP']);
    const id = await seed('Harbor', {
      capabilities: { ...WRITABLE, channelsRead: true },
      storeName: 'Harbor Goods',
      storeLists,
      channelIds: [1, 2],
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'ja' },
      currencyMapping: { USD: 'USD', EUR: 'EUR', GBP: 'GBP' },
      verifiedAt: at,
      verificationOutcome: 'token-invalid',
    });
    const credential = await provider.getActive(id);
    expect(credential.storefronts).toEqual([
      { id: 1, name: 'Harbor US', default: true },
      { id: 2, name: 'Harbor Europe', default: false },
    ]);
    expect(Object.isFrozen(credential.storefronts)).toBe(true);
    // `ja` is no language of theirs and GBP is enabled on neither storefront: never handed to a job.
    expect(credential.localeMapping).toEqual({ en_US: 'en', fr_FR: 'fr' });
    expect(credential.currencyMapping).toEqual({ USD: 'USD', EUR: 'EUR' });
    expect(credential.lastCheck).toEqual({
      at,
      ok: false,
      outcome: 'token-invalid',
      summary: 'Token revoked or mistyped',
    });
    expect(credential.capabilities.channelsRead).toBe(true);

    // Serving the US storefront alone, the European values go too.
    await db.query(`UPDATE bigcommerce_credentials SET channel_ids = '[1]' WHERE id = ${id}`);
    const narrowed = await provider.getActive(id);
    expect([narrowed.localeMapping, narrowed.currencyMapping, narrowed.storefronts]).toEqual([
      { en_US: 'en' },
      { USD: 'USD' },
      [{ id: 1, name: 'Harbor US', default: true }],
    ]);
  });

  it('flags a credential whose last check failed in the job filter, and filters on the Channel Settings capability', async () => {
    const at = new Date('2026-11-20T09:30:00.000Z');
    const failing = await seed('Failing', { verifiedAt: at, verificationOutcome: 'scope-products-missing' });
    const healthy = await seed('Healthy', {
      verifiedAt: at,
      verificationOutcome: 'ok',
      capabilities: { ...READ_ONLY, channelsRead: true },
    });
    const options = (await provider.listOptions({})).options;
    expect(options).toEqual([
      {
        id: failing,
        label: 'Failing',
        lastCheck: { at, ok: false, outcome: 'scope-products-missing', summary: 'Missing scope: Products' },
        warning: 'last check failed: Missing scope: Products',
      },
      { id: healthy, label: 'Healthy', lastCheck: { at, ok: true, outcome: 'ok', summary: 'Connected' } },
    ]);
    expect((await provider.listOptions({ capability: 'channels:read' })).options.map((o) => o.label)).toEqual([
      'Healthy',
    ]);
    const source = harness.container.get(credentialOptions.source);
    expect((await source.list({})).options).toEqual([
      { id: String(failing), label: 'Failing', hint: 'last check failed: Missing scope: Products' },
      { id: String(healthy), label: 'Healthy' },
    ]);
    expect((await source.list({ params: { capability: 'channels:read' } })).options).toEqual([
      { id: String(healthy), label: 'Healthy' },
    ]);
  });

  it('applies a deactivation at the very next getActive, and refuses deleted or unknown ids with a translated error', async () => {
    const id = await seed('Switchable');
    await expect(provider.getActive(id)).resolves.toMatchObject({ label: 'Switchable' });
    await harness.container.get(CredentialService).setStatus(id, false);
    const inactive = await provider.getActive(id).catch((e: unknown) => e);
    expect(inactive).toBeInstanceOf(CredentialUnavailableError);
    expect(inactive).toMatchObject({
      reason: 'inactive',
      messageKey: 'bigcommerce.provider.credential-inactive',
      credentialId: String(id),
    });
    expect((inactive as Error).message).toBe(
      `The BigCommerce credential #${id} is inactive. Activate it, or choose another credential for this job.`,
    );

    await repository.delete(id, []);
    await expect(provider.getActive(id)).rejects.toMatchObject({
      reason: 'missing',
      messageKey: 'bigcommerce.provider.credential-missing',
    });
    for (const junk of ['abc', 0, -1, '1; DROP TABLE x', 1.5])
      await expect(provider.getActive(junk)).rejects.toBeInstanceOf(CredentialUnavailableError);
  });

  it('serves 200 concurrent getActive calls correctly', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await seed(`Concurrent ${i}`));
    const calls = Array.from({ length: 200 }, (_, i) => ids[i % ids.length]!);
    const results = await Promise.all(calls.map((id) => provider.getActive(id)));
    results.forEach((credential, i) => {
      const n = ids.indexOf(calls[i]!);
      expect([credential.id, credential.label, credential.accessToken]).toEqual([
        calls[i],
        `Concurrent ${n}`,
        `token-of-Concurrent ${n}`,
      ]);
    });
  });

  it('is offered to job filters through the registered option source, with no secret in any option', async () => {
    const id = await seed('Filter me', { capabilities: WRITABLE });
    await seed('Off', { status: 'inactive' });
    // The option source as the module registers it: what a host resolves for a job filter.
    const registration = validateModule(bigcommerceModule).registrations.optionSources[0]!;
    expect([registration, registration.permission]).toEqual([credentialOptions, 'bigcommerce.credentials']);
    const source = harness.container.get(registration.source);
    const listed = await source.list({ params: { capability: 'products:modify' } });
    expect(listed).toEqual({ options: [{ id: String(id), label: 'Filter me' }], page: 1, lastPage: 1 });
    expect(
      JSON.stringify([listed, await provider.listOptions({}), await source.list({ ids: [String(id)] })]),
    ).not.toMatch(/token-of|secret-of/);
  });
});
