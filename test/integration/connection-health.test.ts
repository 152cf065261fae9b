import { InvalidDatagridQueryError } from '@pim/kernel';

import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { CredentialGridSource } from '../../src/admin/credential-grid.source.js';
import { credentialRecord } from '../fixtures/credential-records.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';

describeEachEngine('the Last check column', (engine) => {
  const scratch = useScratchDatabase(engine);
  const harness = () => moduleContainer({ dataSource: scratch().dataSource });

  beforeAll(async () => {
    const repository = harness().container.get(CredentialRepository);
    const seed = (label: string, verifiedAt: Date | null, verificationOutcome: string | null) =>
      repository.insert(
        credentialRecord({ label, storeHash: label.toLowerCase(), verifiedAt, verificationOutcome }),
        [],
      );
    await seed('Alpha', new Date('2026-11-20T08:00:00Z'), 'ok');
    await seed('Bravo', new Date('2026-11-22T08:00:00Z'), 'token-invalid');
    await seed('Charlie', null, null);
    await seed('Delta', new Date('2026-11-21T08:00:00Z'), 'scope-products-missing');
    await seed('Echo', new Date('2026-11-19T08:00:00Z'), 'some-future-code');
  });

  const grid = () => harness().container.get(CredentialGridSource);
  const labels = async (query: Parameters<ReturnType<typeof grid>['findPage']>[0]) =>
    (await grid().findPage(query)).rows.map((r) => r.label);

  it('shows when and how each credential was last checked, translated, never as a raw code', async () => {
    const rows = (await grid().findPage({})).rows;
    expect(rows.map((r) => [r.label, r.lastCheck, r.lastCheckTone])).toEqual([
      ['Alpha', 'Connected · Nov 20, 2026, 8:00 AM', 'ok'],
      ['Bravo', 'Token revoked or mistyped · Nov 22, 2026, 8:00 AM', 'error'],
      ['Charlie', 'Never checked', 'muted'],
      ['Delta', 'Missing scope: Products · Nov 21, 2026, 8:00 AM', 'error'],
      ['Echo', 'Failed · Nov 19, 2026, 8:00 AM', 'error'],
    ]);
  });

  it('sorts by the time of the last check, never-checked credentials last in both directions', async () => {
    expect(await labels({ sort: { column: 'lastCheck', order: 'asc' } })).toEqual([
      'Echo',
      'Alpha',
      'Delta',
      'Bravo',
      'Charlie',
    ]);
    expect(await labels({ sort: { column: 'lastCheck', order: 'desc' } })).toEqual([
      'Bravo',
      'Delta',
      'Alpha',
      'Echo',
      'Charlie',
    ]);
  });

  it('filters on connected, failed and never checked, alone or together, and refuses anything else', async () => {
    expect(await labels({ filters: { lastCheck: ['failed'] } })).toEqual(['Bravo', 'Delta', 'Echo']);
    expect(await labels({ filters: { lastCheck: ['ok'] } })).toEqual(['Alpha']);
    expect(await labels({ filters: { lastCheck: ['never', 'ok'] } })).toEqual(['Alpha', 'Charlie']);
    expect(await labels({ filters: { lastCheck: ['failed'], status: ['active'] }, search: 'ta' })).toEqual(['Delta']);
    await expect(grid().findPage({ filters: { lastCheck: ["ok' OR 1=1"] } })).rejects.toBeInstanceOf(
      InvalidDatagridQueryError,
    );
  });
});
