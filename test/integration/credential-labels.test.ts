import type { DataSource } from 'typeorm';

import { DuplicateLabelError } from '../../src/errors/persistence.errors.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { credentialRecord } from '../fixtures/credential-records.js';
import { moduleContainer } from '../support/module-harness.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';

describeEachEngine('credential labels', (engine) => {
  const scratch = useScratchDatabase(engine, { migrate: false });
  let db: DataSource;

  beforeAll(() => {
    db = scratch().dataSource;
  });

  const insertRaw = (label: string) =>
    db.query(
      `INSERT INTO bigcommerce_credentials (label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, status, version, created_at, updated_at)
       VALUES ('${label}', 'https://api.bigcommerce.com/stores/x/', 'x', 'c', 's', 't', ${engine === 'postgres' ? 'true' : '1'}, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')`,
    );

  it('keeps every row when the label key arrives, numbering the labels that now read the same', async () => {
    await db.runMigrations({ transaction: 'each' });
    // Back to just before the label key arrived: undo it and every migration after it.
    const labelKeyAt = db.migrations.findIndex((m) => m.name === 'BigcommerceLabelKey1767571200000');
    for (let i = labelKeyAt; i < db.migrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
    await insertRaw('Two  Spaces');
    await insertRaw('two spaces');
    await insertRaw('Other');
    await db.runMigrations({ transaction: 'each' });
    const rows = await db.query<{ label: string; label_key: string }[]>(
      'SELECT label, label_key FROM bigcommerce_credentials ORDER BY id',
    );
    expect(rows.map((r) => r.label)).toEqual(['Two  Spaces', 'two spaces (2)', 'Other']);
    expect(new Set(rows.map((r) => r.label_key)).size).toBe(3);
    await db.query('DELETE FROM bigcommerce_credentials');
  });

  it('refuses a label that reads the same as another, on every engine: case, accents, spaces, compatibility forms', async () => {
    const repository = moduleContainer({ dataSource: db }).container.get(CredentialRepository);
    const first = await repository.insert(credentialRecord({ label: 'CaseDup' }), []);
    const cafe = await repository.insert(credentialRecord({ label: 'Café' }), []);
    for (const label of ['casedup', 'CASEDUP', 'Cafe', 'cafe\u0301', 'CAFÉ', 'Ｃａｆé']) {
      await expect(repository.insert(credentialRecord({ label }), [])).rejects.toBeInstanceOf(DuplicateLabelError);
      expect([label, await repository.labelTaken(label)]).toEqual([label, true]);
    }
    expect(await repository.labelTaken('Café', cafe.id)).toBe(false);
    await expect(repository.update(first.id, 1, { label: 'cafe' }, [])).rejects.toBeInstanceOf(DuplicateLabelError);
    await repository.update(first.id, 1, { label: 'casedup' }, []);
    expect((await repository.findById(first.id))?.label).toBe('casedup');
    expect(await repository.labelTaken('CaseDup Two')).toBe(false);
  });
});
