import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bootHost, readHostConfig, type HostKernel } from '@pim/reference-host';

import bigcommerceModule from '../../../../src/index.js';
import { CredentialSecrets } from '../../../../src/services/credential-secrets.js';
import { CredentialRepository } from '../../../../src/persistence/credential.repository.js';
import { credentialRecord } from '../../../../test/fixtures/credential-records.js';
import { HOST_LOCALES } from '../support/host-harness.js';
import { RecordingLogger } from '../../../../test/support/recording-logger.js';

const k1 = `k1:${randomBytes(32).toString('base64')}`;
const k2 = `k2:${randomBytes(32).toString('base64')}`;

describe('the keys of a host', () => {
  let dataDir: string;
  const boot = (env: Record<string, string>): Promise<HostKernel> =>
    bootHost(readHostConfig({ PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: 'keys-admin-password', ...env }), {
      modules: [bigcommerceModule],
      logger: new RecordingLogger(),
      hostLocalesDir: HOST_LOCALES,
    });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pim-keys-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('records the first host key as the shared current key, and later hosts follow it whatever their own default', async () => {
    const first = await boot({ PIM_SECRET_KEYS: `${k1},${k2}` });
    expect(first.cipher.currentKeyId).toBe('k1');
    await first.close();
    const second = await boot({ PIM_SECRET_KEYS: `${k1},${k2}`, PIM_SECRET_KEY_ID: 'k2' });
    try {
      expect(second.cipher.currentKeyId).toBe('k1');
    } finally {
      await second.close();
    }
    await expect(boot({ PIM_SECRET_KEYS: k2 })).rejects.toThrow(
      /seal secrets with key "k1", which this host does not have/,
    );
  });

  it('refuses to serve without every key stored secrets were sealed with, naming them', async () => {
    const first = await boot({ PIM_SECRET_KEYS: `${k1},${k2}` });
    const sealed = first.container.get(CredentialSecrets).seal({ clientSecret: 's', accessToken: 't' });
    await first.container
      .get(CredentialRepository)
      .insert(credentialRecord({ label: 'Sealed with k1', ...sealed }), []);
    // A rotation switched every host to k2 and has not re-sealed yet.
    await first.keyState.setCurrent('k2');
    await first.close();
    await expect(boot({ PIM_SECRET_KEYS: k2 })).rejects.toThrow(
      'Stored secrets were sealed with key(s) this host does not have: "k1" (1 record)',
    );
    const both = await boot({ PIM_SECRET_KEYS: `${k1},${k2}` });
    await both.close();
  });
});
