import { randomBytes } from 'node:crypto';

import { SecretSealingError, type SecretStore } from '@pim/kernel';
import { TestCipher } from '@pim/kernel/testing';
import type { DataSource } from 'typeorm';

import { SecretUnavailableError } from '../../src/errors/secret.errors.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { SealedSecretRepository } from '../../src/persistence/sealed-secret.repository.js';
import { CredentialSecrets } from '../../src/services/credential-secrets.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER, CredentialUnavailableError } from '../../src/public-api.js';
import { CredentialSecretStore } from '../../src/services/credential-secrets.js';
import { credentialRecord } from '../fixtures/credential-records.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';

const KEYS = [
  { id: 'k1', key: randomBytes(32) },
  { id: 'k2', key: randomBytes(32) },
];

/** A sealed-secret repository that lets `race` run right after a re-sealing pass has read its batch, before it writes. */
class RacingRepository extends SealedSecretRepository {
  race: (() => Promise<void>) | null = null;

  override async findSealedBatch(afterId: number, limit: number) {
    const rows = await super.findSealedBatch(afterId, limit);
    const race = this.race;
    this.race = null;
    if (race !== null && rows.length > 0) await race();
    return rows;
  }
}

describeEachEngine('re-sealing secrets after a key rotation', (engine) => {
  const scratch = useScratchDatabase(engine);
  let db: DataSource;

  beforeAll(() => {
    db = scratch().dataSource;
  });
  beforeEach(async () => db.query('DELETE FROM bigcommerce_credentials'));

  /** The module as seen by a host sealing with `current`. */
  function hostWith(current: 'k1' | 'k2') {
    return moduleContainer({ dataSource: db, cipher: new TestCipher(KEYS, current) });
  }

  async function seed(label: string): Promise<number> {
    const sealed = hostWith('k1')
      .container.get(CredentialSecrets)
      .seal({ clientSecret: `secret-${label}`, accessToken: `token-${label}` });
    return (
      await hostWith('k1')
        .container.get(CredentialRepository)
        .insert(credentialRecord({ label, storeHash: label.toLowerCase(), ...sealed }), [])
    ).id;
  }

  const stored = async (id: number) => hostWith('k2').container.get(CredentialSecrets).storedOf(id);

  it('never reverts an edit saved between reading a batch and writing it, and re-seals it on the next pass', async () => {
    const id = await seed('Raced');
    const other = await seed('Quiet');
    // A host that has not switched yet saves a new client secret, still sealed with k1, in the middle of the pass.
    const lagging = hostWith('k1').container.get(CredentialService);
    const rotating = hostWith('k2');
    const repository = new RacingRepository(db);
    rotating.container.unbind(SealedSecretRepository);
    rotating.container.bind(SealedSecretRepository).toConstantValue(repository);
    repository.race = async () => {
      const { version } = await hostWith('k1').container.get(CredentialRepository).get(id);
      await lagging.update(id, { version, clientSecret: 'edited-during-rotation' });
    };
    const store = rotating.container.get<SecretStore>(CredentialSecretStore);

    expect(await store.reseal()).toBe(1);
    expect(await stored(id)).toEqual({ clientSecret: 'edited-during-rotation', accessToken: 'token-Raced' });
    expect(Object.fromEntries((await store.keyUsage()).entries())).toEqual({ k1: 1, k2: 1 });

    expect(await store.reseal()).toBe(1);
    expect(await stored(id)).toEqual({ clientSecret: 'edited-during-rotation', accessToken: 'token-Raced' });
    expect(await stored(other)).toEqual({ clientSecret: 'secret-Quiet', accessToken: 'token-Quiet' });
    expect(Object.fromEntries((await store.keyUsage()).entries())).toEqual({ k2: 2 });
    expect(await store.reseal()).toBe(0);
  });

  it('counts the keys of rows written before the key id was recorded, and records it when it re-seals them', async () => {
    const id = await seed('Legacy');
    await db.query('UPDATE bigcommerce_credentials SET secret_key_id = NULL');
    const store = hostWith('k2').container.get<SecretStore>(CredentialSecretStore);
    expect(Object.fromEntries((await store.keyUsage()).entries())).toEqual({ k1: 1 });
    expect(await store.reseal()).toBe(1);
    expect(Object.fromEntries((await store.keyUsage()).entries())).toEqual({ k2: 1 });
    expect(await stored(id)).toEqual({ clientSecret: 'secret-Legacy', accessToken: 'token-Legacy' });
  });

  it('answers a clear error, never a crash, when this host lacks the key of a stored secret or cannot seal', async () => {
    const id = await seed('Foreign');
    const stranger = moduleContainer({
      dataSource: db,
      cipher: new TestCipher([{ id: 'k9', key: randomBytes(32) }], 'k9'),
    });
    await expect(stranger.container.get(CredentialSecrets).storedOf(id)).rejects.toEqual(
      expect.any(SecretUnavailableError),
    );
    await expect(stranger.container.get(CredentialSecrets).storedOf(id)).rejects.toMatchObject({
      code: 'secret-unreadable',
      params: { keyId: 'k1' },
    });
    const provider = stranger.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
    await expect(provider.getActive(id)).rejects.toMatchObject({
      name: 'CredentialUnavailableError',
      reason: 'secret-unreadable',
      params: { id: String(id), keyId: 'k1' },
    });
    await expect(provider.getActive(id)).rejects.toBeInstanceOf(CredentialUnavailableError);
    await expect(provider.getActive(id)).rejects.toThrow(/key "k1" is missing/);

    // The others switched to a key this host was not given: it refuses to seal rather than use its old one.
    (stranger.cipher as TestCipher).current = 'k7';
    expect(() => stranger.cipher.encrypt('x', 'c')).toThrow(SecretSealingError);
    expect(() => stranger.container.get(CredentialSecrets).seal({ clientSecret: 'a', accessToken: 'b' })).toThrow(
      expect.objectContaining({ code: 'cannot-seal', params: { keyId: 'k7' } }),
    );
  });
});
