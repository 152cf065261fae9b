import { InvalidDatagridQueryError } from '@pim/kernel';

import { labelKey } from '../../src/domain.js';
import {
  CredentialNotFoundError,
  DuplicateLabelError,
  StaleCredentialError,
} from '../../src/errors/persistence.errors.js';
import { CredentialHistoryRepository } from '../../src/persistence/credential-history.repository.js';
import { CredentialListRepository } from '../../src/persistence/credential-list.repository.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { SealedSecretRepository } from '../../src/persistence/sealed-secret.repository.js';
import { credentialRecord } from '../fixtures/credential-records.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';

describeEachEngine('credential repositories', (engine) => {
  const scratch = useScratchDatabase(engine);
  let credentials: CredentialRepository;
  let lists: CredentialListRepository;
  let history: CredentialHistoryRepository;
  let sealed: SealedSecretRepository;

  beforeAll(() => {
    const { container } = moduleContainer({ dataSource: scratch().dataSource });
    credentials = container.get(CredentialRepository);
    lists = container.get(CredentialListRepository);
    history = container.get(CredentialHistoryRepository);
    sealed = container.get(SealedSecretRepository);
  });
  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    await scratch().dataSource.query('DELETE FROM bigcommerce_credential_history');
  });

  const insert = (overrides: Parameters<typeof credentialRecord>[0] = {}) =>
    credentials.insert(credentialRecord(overrides), []);

  async function seed(labels: readonly string[], active: (i: number) => boolean = () => true): Promise<void> {
    for (const [i, label] of labels.entries())
      await insert({ label, storeHash: `store${i}`, status: active(i) ? 'active' : 'inactive' });
  }

  it('enforces a unique label in the database, not only in the repository', async () => {
    await insert({ label: 'Shop' });
    await expect(insert({ label: 'Shop', storeHash: 'other' })).rejects.toBeInstanceOf(DuplicateLabelError);
    await expect(
      scratch()
        .dataSource.createQueryBuilder()
        .insert()
        .into('bigcommerce_credentials')
        .values({ ...rawRow('Shop') })
        .execute(),
    ).rejects.toThrow();
    const [{ n }] = await scratch().dataSource.query('SELECT COUNT(*) AS n FROM bigcommerce_credentials');
    expect(Number(n)).toBe(1);
  });

  it('searches labels case-insensitively and treats % and _ literally', async () => {
    await seed(['Production Store', 'Staging', 'prod_eu', '100% Outlet', 'prodXeu']);
    const labels = async (search: string) => (await lists.findPage({ search })).rows.map((r) => r.label);
    expect(await labels('PROD')).toEqual(['prod_eu', 'Production Store', 'prodXeu']);
    expect(await labels('%')).toEqual(['100% Outlet']);
    expect(await labels('d_e')).toEqual(['prod_eu']);
    expect(await labels('nothing like it')).toEqual([]);
  });

  it('filters by status', async () => {
    await seed(['A', 'B', 'C', 'D'], (i) => i % 2 === 0);
    const active = await lists.findPage({ filters: { status: ['1'] } });
    expect(active.rows.map((r) => [r.label, r.status])).toEqual([
      ['A', true],
      ['C', true],
    ]);
    const inactive = await lists.findPage({ filters: { status: ['inactive'] } });
    expect(inactive.rows.map((r) => r.label)).toEqual(['B', 'D']);
    expect((await lists.findPage({ filters: { status: ['0', '1'] } })).total).toBe(4);
    await expect(lists.findPage({ filters: { status: ['maybe'] } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    await expect(lists.findPage({ filters: { clientId: ['x'] } })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
  });

  it('sorts only on whitelisted columns, asc or desc', async () => {
    await seed(['b', 'c', 'a'], (i) => i !== 1);
    expect((await lists.findPage({ sort: { column: 'label', order: 'desc' } })).rows.map((r) => r.label)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect((await lists.findPage({ sort: { column: 'apiUrl', order: 'ASC' } })).rows.map((r) => r.apiUrl)).toEqual([
      'https://api.bigcommerce.com/stores/store0/',
      'https://api.bigcommerce.com/stores/store1/',
      'https://api.bigcommerce.com/stores/store2/',
    ]);
    expect((await lists.findPage({ sort: { column: 'status', order: 'asc' } })).rows.map((r) => r.label)).toEqual([
      'c',
      'b',
      'a',
    ]);
    for (const column of ['clientSecretSealed', 'client_id', 'label; DROP TABLE bigcommerce_credentials', '']) {
      await expect(lists.findPage({ sort: { column, order: 'asc' } })).rejects.toBeInstanceOf(
        InvalidDatagridQueryError,
      );
    }
    await expect(lists.findPage({ sort: { column: 'label', order: 'asc, id' } })).rejects.toBeInstanceOf(
      InvalidDatagridQueryError,
    );
    expect((await lists.findPage({})).total).toBe(3);
  });

  it('paginates with a total and a last page', async () => {
    await seed(Array.from({ length: 25 }, (_, i) => `cred-${String(i).padStart(2, '0')}`));
    const third = await lists.findPage({ page: 3, perPage: 10 });
    expect(third).toMatchObject({ total: 25, page: 3, perPage: 10, lastPage: 3 });
    expect(third.rows.map((r) => r.label)).toEqual(['cred-20', 'cred-21', 'cred-22', 'cred-23', 'cred-24']);
    expect((await lists.findPage({ page: 9, perPage: 10 })).rows).toEqual([]);
    await expect(lists.findPage({ perPage: 101 })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
    await expect(lists.findPage({ page: 0 })).rejects.toBeInstanceOf(InvalidDatagridQueryError);
  });

  it('rejects a stale version and overwrites nothing, history included', async () => {
    const created = await insert({ label: 'Original' });
    expect(created.version).toBe(1);
    await credentials.update(created.id, 1, { label: 'First writer' }, [
      { field: 'label', old: 'Original', new: 'First writer' },
    ]);
    await expect(
      credentials.update(created.id, 1, { label: 'Second writer' }, [
        { field: 'label', old: 'Original', new: 'Second writer' },
      ]),
    ).rejects.toBeInstanceOf(StaleCredentialError);
    expect(await credentials.findById(created.id)).toMatchObject({ label: 'First writer', version: 2 });
    expect((await history.listFor(created.id)).map((e) => [e.event, e.changes])).toEqual([
      ['updated', [{ field: 'label', old: 'Original', new: 'First writer' }]],
      ['created', []],
    ]);
    await expect(credentials.update(999_999, 1, { label: 'Ghost' }, [])).rejects.toBeInstanceOf(
      CredentialNotFoundError,
    );
    await expect(credentials.get(999_999)).rejects.toBeInstanceOf(CredentialNotFoundError);
  });

  it('maps a label taken by another credential on update to a field error, and appends no entry', async () => {
    await insert({ label: 'Taken' });
    const other = await insert({ label: 'Free', storeHash: 'x2' });
    await expect(
      credentials.update(other.id, other.version, { label: 'Taken' }, [{ field: 'label', old: 'Free', new: 'Taken' }]),
    ).rejects.toBeInstanceOf(DuplicateLabelError);
    expect((await history.listFor(other.id)).map((e) => e.event)).toEqual(['created']);
  });

  it('stores mappings and capabilities as JSON, and never selects the sealed secrets by default', async () => {
    const created = await insert({
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
      capabilities: { informationRead: true, productsRead: true, productsWrite: null },
    });
    const stored = await credentials.findById(created.id);
    expect(stored).toMatchObject({
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
      capabilities: { productsWrite: null },
      status: 'active',
    });
    expect(stored).not.toHaveProperty('accessTokenSealed');
    expect(stored).not.toHaveProperty('clientSecretSealed');
    expect(await sealed.findSealedSecrets(created.id)).toEqual({
      clientSecretSealed: 'v1.k1.sealed-client-secret',
      accessTokenSealed: 'v1.k1.sealed-access-token',
      secretKeyId: 'k1',
    });
    await credentials.delete(created.id, []);
    expect(await credentials.findById(created.id)).toBeNull();
    await expect(credentials.delete(created.id, [])).rejects.toBeInstanceOf(CredentialNotFoundError);
  });

  it('appends the history entry of each write in the same transaction: who, when, what; and keeps it after a delete', async () => {
    const created = await credentials.insert(credentialRecord(), [
      { field: 'label', old: null, new: 'Production Store' },
    ]);
    await credentials.update(created.id, 1, { status: 'inactive' }, [
      { field: 'status', old: 'active', new: 'inactive' },
    ]);
    await credentials.delete(created.id, [{ field: 'label', old: 'Production Store', new: null }]);
    const entries = await history.listFor(created.id);
    expect(entries.map((e) => [e.event, e.userId, e.userName])).toEqual([
      ['deleted', '7', 'Test Admin'],
      ['updated', '7', 'Test Admin'],
      ['created', '7', 'Test Admin'],
    ]);
    expect(entries[2]!.changes).toEqual([{ field: 'label', old: null, new: 'Production Store' }]);
    // A write that fails leaves no entry behind: only the first insert of "Again" has one.
    const again = await insert({ label: 'Again' });
    await expect(
      credentials.insert(credentialRecord({ label: 'again' }), [{ field: 'label', old: null, new: 'again' }]),
    ).rejects.toBeInstanceOf(DuplicateLabelError);
    expect(
      (
        await scratch().dataSource.query(
          `SELECT credential_id AS id, event FROM bigcommerce_credential_history WHERE credential_id <> ${created.id}`,
        )
      ).map((r: { id: number | string; event: string }) => [Number(r.id), r.event]),
    ).toEqual([[again.id, 'created']]);
  });
});

function rawRow(label: string): Record<string, unknown> {
  const now = new Date();
  return {
    label,
    label_key: labelKey(label),
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
