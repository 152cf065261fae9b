import { InvalidDatagridQueryError } from '@pim/kernel';

import type { HistoryGridRow } from '../../src/admin/credential-history.source.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { ConnectionCheckService } from '../../src/services/connection-check.service.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { CredentialHistorySource, DeletedHistorySource } from '../../src/admin/credential-history.source.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_STOREFRONT_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const sandbox = useSandbox({ stores: [MULTI_STOREFRONT_STORE] });
const SECRETS = ['tok-msf-all', 'first-client-secret', 'second-client-secret'];

describeEachEngine('the history of a credential, as the admin shows it', (engine) => {
  const scratch = useScratchDatabase(engine);
  let module: ReturnType<typeof moduleContainer>;
  const harness = () => module;

  beforeEach(async () => {
    module = moduleContainer({ dataSource: scratch().dataSource, origins: [sandbox().origin] });
    await scratch().dataSource.query('DELETE FROM bigcommerce_credential_history');
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
  });

  const create = (label: string) =>
    harness()
      .container.get(CredentialService)
      .create({
        label,
        apiUrl: sandbox().apiUrl('msf1'),
        clientId: 'client-history',
        clientSecret: SECRETS[1],
        accessToken: SECRETS[0],
        status: 'active',
        confirmSameStore: '1',
      });
  const historyOf = (id: number, paging: { page?: number; perPage?: number } = {}) =>
    harness()
      .container.get(CredentialHistorySource)
      .findPage({ params: { id: String(id) }, ...paging });
  const lines = (rows: readonly HistoryGridRow[]) => rows.map((r) => [r.event, r.user, r.changes.split('\n')]);

  it('shows who did what, newest first: created, updated (old → new, secrets only "changed"), checked, status changed', async () => {
    const service = harness().container.get(CredentialService);
    const { id } = await create('Harbor');
    expect((await historyOf(id)).total).toBe(1);
    // Ticking just the default storefront, which is what it served, changes nothing: no entry.
    await service.update(id, { version: 1, channelIds: ['1'] });
    expect((await historyOf(id)).total).toBe(1);
    await service.update(id, {
      version: (await harness().container.get(CredentialRepository).get(id)).version,
      label: 'Harbor Goods',
      clientSecret: SECRETS[2],
      accessToken: '**********',
      localeMapping: { en_US: 'en', fr_FR: '' },
      channelIds: ['1', '2'],
    });
    await harness().container.get(ConnectionCheckService).check(id);
    await service.setStatus(id, false);

    const page = await historyOf(id);
    expect(page.total).toBe(4);
    const [status, checked, updated, created] = lines(page.rows);
    expect(status).toEqual(['Status changed', 'Test Admin', ['Status: Active → Inactive']]);
    expect(checked![0]).toBe('Connection checked');
    expect(checked![2]).toContain('Connection: Connected → Connected');
    expect(updated![0]).toBe('Updated');
    expect(updated![2]).toEqual(
      expect.arrayContaining([
        'Label: Harbor → Harbor Goods',
        'Client Secret: changed',
        'Locale Mapping (fr_FR): fr → none',
        'Storefronts this credential serves: Harbor US → Harbor US, Harbor Europe',
      ]),
    );
    expect(updated![2]).not.toContainEqual(expect.stringContaining('Access Token'));
    expect(created).toEqual([
      'Created',
      'Test Admin',
      expect.arrayContaining(['Label: Harbor', 'Access Token: changed']),
    ]);
    expect(page.rows.every((r) => /^[A-Z][a-z]{2} \d{1,2}, \d{4}/.test(r.at))).toBe(true);
    const json = JSON.stringify(page);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
  });

  it('pages newest first, refuses other orders and filters, and answers nothing for a credential that is gone', async () => {
    const service = harness().container.get(CredentialService);
    const { id } = await create('Paged');
    for (let i = 0; i < 4; i++) await service.setStatus(id, i % 2 === 1);
    const first = await historyOf(id, { page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, perPage: 2, lastPage: 3 });
    const last = await historyOf(id, { page: 3, perPage: 2 });
    expect(lines(last.rows)).toEqual([['Created', 'Test Admin', expect.any(Array)]]);
    const grid = harness().container.get(CredentialHistorySource);
    await expect(grid.findPage({ params: { id: String(id) }, sort: { column: 'at', order: 'asc' } })).rejects.toThrow(
      InvalidDatagridQueryError,
    );
    await expect(grid.findPage({ params: { id: String(id) }, filters: { event: ['created'] } })).rejects.toThrow(
      InvalidDatagridQueryError,
    );
    await expect(grid.findPage({ params: { id: 'x' } })).rejects.toThrow(InvalidDatagridQueryError);

    await service.delete(id);
    await expect(historyOf(id)).rejects.toThrow(InvalidDatagridQueryError);
  });

  it('keeps a deleted credential’s whole history readable in the deleted credentials’ list, under the label it had', async () => {
    const service = harness().container.get(CredentialService);
    const kept = await create('Kept');
    const gone = await create('Gone soon');
    await service.setStatus(gone.id, false);
    await service.delete(gone.id);

    const deleted = await harness().container.get(DeletedHistorySource).findPage({});
    expect(deleted.total).toBe(3);
    expect(deleted.rows.map((r) => [r.credential, r.event])).toEqual([
      ['Gone soon', 'Deleted'],
      ['Gone soon', 'Status changed'],
      ['Gone soon', 'Created'],
    ]);
    expect(deleted.rows[0]!.changes).toContain('Label: Gone soon');
    expect(JSON.stringify(deleted)).not.toMatch(/tok-msf-all|client-secret/);
    // The living credential is not there, and its own history is untouched.
    expect(deleted.rows.some((r) => r.credential === 'Kept')).toBe(false);
    expect((await historyOf(kept.id)).total).toBe(1);
  });
});
