import { Container } from 'inversify';

import { InvalidDatagridQueryError, KERNEL_DATA_SOURCE } from '@pim/kernel';
import bigcommerceModule from '../../src/index.js';
import { CredentialNotFoundError, DuplicateLabelError, StaleCredentialError } from '../../src/errors/persistence.errors.js';
import type { CredentialRepository } from '../../src/persistence/credential.repository.js';
import type { CredentialHistoryRepository } from '../../src/persistence/credential-history.repository.js';
import { CREDENTIAL_HISTORY_REPOSITORY, CREDENTIAL_REPOSITORY } from '../../src/tokens.js';
import { credentialRecord } from '../support/credential-fixtures.js';
import { openScratch } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';

describeEachEngine('credential repository', (engine) => {
  let handle: Awaited<ReturnType<typeof openScratch>>;
  let credentials: CredentialRepository;
  let history: CredentialHistoryRepository;

  beforeAll(async () => {
    handle = await openScratch(engine, { migrate: true });
    const container = new Container();
    container.bind(KERNEL_DATA_SOURCE).toConstantValue(handle.dataSource);
    container.load(bigcommerceModule.containerModule);
    credentials = container.get(CREDENTIAL_REPOSITORY);
    history = container.get(CREDENTIAL_HISTORY_REPOSITORY);
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await handle.dataSource.query('DELETE FROM bigcommerce_credentials');
  });

  async function seed(labels: readonly string[], active: (i: number) => boolean = () => true): Promise<void> {
    for (const [i, label] of labels.entries()) {
      await credentials.insert(credentialRecord({ label, storeHash: `store${i}`, active: active(i) }));
    }
  }

  it('enforces a unique label in the database, not only in the repository', async () => {
    await credentials.insert(credentialRecord({ label: 'Shop' }));
    await expect(credentials.insert(credentialRecord({ label: 'Shop', storeHash: 'other' }))).rejects.toBeInstanceOf(DuplicateLabelError);
    await expect(
      handle.dataSource
        .createQueryBuilder()
        .insert()
        .into('bigcommerce_credentials')
        .values({ ...rawRow('Shop') })
        .execute(),
    ).rejects.toThrow();
    const [{ n }] = await handle.dataSource.query('SELECT COUNT(*) AS n FROM bigcommerce_credentials');
    expect(Number(n)).toBe(1);
  });

  it('searches labels case-insensitively and treats % and _ literally', async () => {
    await seed(['Production Store', 'Staging', 'prod_eu', '100% Outlet', 'prodXeu']);
    const labels = async (search: string) => (await credentials.findPage({ search })).rows.map((r) => r.label);
    expect(await labels('PROD')).toEqual(['prod_eu', 'Production Store', 'prodXeu']);
    expect(await labels('%')).toEqual(['100% Outlet']);
    expect(await labels('d_e')).toEqual(['prod_eu']);
    expect(await labels('nothing like it')).toEqual([]);
  });

  it('filters by status', async () => {
    await seed(['A', 'B', 'C', 'D'], (i) => i % 2 === 0);
    const active = await credentials.findPage({ filters: { status: ['1'] } });
    expect(active.rows.map((r) => [r.label, r.status])).toEqual([['A', true], ['C', true]]);
    const inactive = await credentials.findPage({ filters: { status: ['inactive'] } });
    expect(inactive.rows.map((r) => r.label)).toEqual(['B', 'D']);
    expect((await credentials.findPage({ filters: { status: ['0', '1'] } })).total).toBe(4);
    await expect(credentials.findPage({ filters: { status: ['maybe'] } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    await expect(credentials.findPage({ filters: { clientId: ['x'] } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
  });

  it('sorts only on whitelisted columns, asc or desc', async () => {
    await seed(['b', 'c', 'a'], (i) => i !== 1);
    expect((await credentials.findPage({ sort: { column: 'label', order: 'desc' } })).rows.map((r) => r.label)).toEqual(['c', 'b', 'a']);
    expect((await credentials.findPage({ sort: { column: 'apiUrl', order: 'ASC' } })).rows.map((r) => r.apiUrl)).toEqual([
      'https://api.bigcommerce.com/stores/store0/',
      'https://api.bigcommerce.com/stores/store1/',
      'https://api.bigcommerce.com/stores/store2/',
    ]);
    expect((await credentials.findPage({ sort: { column: 'status', order: 'asc' } })).rows.map((r) => r.label)).toEqual(['c', 'b', 'a']);
    for (const column of ['clientSecretSealed', 'client_id', 'label; DROP TABLE bigcommerce_credentials', '']) {
      await expect(credentials.findPage({ sort: { column, order: 'asc' } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    }
    await expect(credentials.findPage({ sort: { column: 'label', order: 'asc, id' } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    expect((await credentials.findPage({})).total).toBe(3);
  });

  it('paginates with a total and a last page', async () => {
    await seed(Array.from({ length: 25 }, (_, i) => `cred-${String(i).padStart(2, '0')}`));
    const third = await credentials.findPage({ page: 3, perPage: 10 });
    expect(third).toMatchObject({ total: 25, page: 3, perPage: 10, lastPage: 3 });
    expect(third.rows.map((r) => r.label)).toEqual(['cred-20', 'cred-21', 'cred-22', 'cred-23', 'cred-24']);
    expect((await credentials.findPage({ page: 9, perPage: 10 })).rows).toEqual([]);
    await expect(credentials.findPage({ perPage: 101 })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    await expect(credentials.findPage({ page: 0 })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
  });

  it('rejects a stale version and overwrites nothing', async () => {
    const created = await credentials.insert(credentialRecord({ label: 'Original' }));
    expect(created.version).toBe(1);
    const later = new Date('2026-02-01T00:00:00.000Z');
    await credentials.update(created.id, 1, { label: 'First writer', updatedAt: later });
    await expect(credentials.update(created.id, 1, { label: 'Second writer', updatedAt: later })).rejects.toBeInstanceOf(StaleCredentialError);
    const stored = await credentials.findById(created.id);
    expect(stored).toMatchObject({ label: 'First writer', version: 2 });
    await expect(credentials.update(999_999, 1, { label: 'Ghost', updatedAt: later })).rejects.toBeInstanceOf(CredentialNotFoundError);
  });

  it('maps a label taken by another credential on update to a field error', async () => {
    await credentials.insert(credentialRecord({ label: 'Taken' }));
    const other = await credentials.insert(credentialRecord({ label: 'Free', storeHash: 'x2' }));
    await expect(credentials.update(other.id, other.version, { label: 'Taken', updatedAt: new Date() })).rejects.toBeInstanceOf(DuplicateLabelError);
  });

  it('stores mappings and capabilities as JSON, and never selects the sealed secrets by default', async () => {
    const created = await credentials.insert(
      credentialRecord({ localeMapping: { en_US: 'en' }, currencyMapping: { USD: 'USD' }, capabilities: { informationRead: true, productsRead: true, productsWrite: null } }),
    );
    const stored = await credentials.findById(created.id);
    expect(stored).toMatchObject({ localeMapping: { en_US: 'en' }, currencyMapping: { USD: 'USD' }, capabilities: { productsWrite: null }, active: true });
    expect(stored).not.toHaveProperty('accessTokenSealed');
    expect(stored).not.toHaveProperty('clientSecretSealed');
    expect(await credentials.findSealedSecrets(created.id)).toEqual({ clientSecretSealed: 'v1.k1.sealed-client-secret', accessTokenSealed: 'v1.k1.sealed-access-token', secretKeyId: 'k1' });
    await credentials.delete(created.id);
    expect(await credentials.findById(created.id)).toBeNull();
    await expect(credentials.delete(created.id)).rejects.toBeInstanceOf(CredentialNotFoundError);
  });

  it('keeps an append-only history, newest first, that outlives the credential', async () => {
    const created = await credentials.insert(credentialRecord());
    await history.append({ credentialId: created.id, event: 'created', userId: '1', userName: 'Admin', occurredAt: new Date('2026-01-01T00:00:00Z'), changes: [{ field: 'label', old: null, new: 'Production Store' }] });
    await history.append({ credentialId: created.id, event: 'deleted', userId: '1', userName: 'Admin', occurredAt: new Date('2026-01-02T00:00:00Z'), changes: [] });
    await credentials.delete(created.id);
    const entries = await history.listFor(created.id);
    expect(entries.map((e) => e.event)).toEqual(['deleted', 'created']);
    expect(entries[1]!.changes).toEqual([{ field: 'label', old: null, new: 'Production Store' }]);
  });
});

function rawRow(label: string): Record<string, unknown> {
  const now = new Date();
  return {
    label,
    api_url: 'https://api.bigcommerce.com/stores/raw/',
    store_hash: 'raw',
    client_id: 'c',
    client_secret_sealed: 's',
    access_token_sealed: 't',
    status: true,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}
