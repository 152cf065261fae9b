import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { cli, startHostProcess } from './support/host-process.js';

describe('the host CLI (built)', () => {
  it('migrates up, down one step at a time, and up again; adds users; refuses unknown permission keys', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pim-cli-'));
    const env = { ...process.env, PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: 'cli-admin-password' };
    try {
      expect(cli(env, 'migrate', 'up')).toMatch(/applied PimCreateUsers[\s\S]*applied BigcommerceCreateCredentialTables[\s\S]*applied BigcommerceAddStoreLists[\s\S]*applied PimSharedState[\s\S]*applied BigcommerceAddSecretKeyId/);
      expect(cli(env, 'migrate', 'up')).toContain('Nothing to migrate.');
      expect(cli(env, 'migrate', 'down')).toContain('Undid the last migration.');
      expect(cli(env, 'migrate', 'up')).toMatch(/^applied BigcommerceAddSecretKeyId\S*\n$/);
      expect(cli(env, 'add-user', '--email', 'ed@example.com', '--name', 'Ed', '--password', 'editor-password', '--role', 'Editor', '--permissions', 'bigcommerce,bigcommerce.credentials')).toContain('with role Editor');
      expect(() => cli(env, 'add-user', '--email', 'x@example.com', '--password', 'whatever-pass', '--role', 'Bad', '--permissions', 'bigcommerce.everything')).toThrow(/Unknown permission key "bigcommerce.everything"/);
      expect(cli(env, 'rotate-keys')).toMatch(/Generated key k\S+ in the key file[\s\S]*is now the current key[\s\S]*Done: 0 record\(s\) re-sealed with key k\S+; 0 record\(s\) still on an old key/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('serves, prints how to sign in with a generated password, and shuts down cleanly on SIGTERM', async () => {
    const host = await startHostProcess({});
    expect(host.output()).toMatch(/Created the first admin admin@example\.com\. Password \(shown once[^)]*\): \S{16,}/);
    expect(host.output()).toMatch(/PIM admin ready at http:\/\/127\.0\.0\.1:\d+\/admin/);
    const health = await fetch(`${host.url}/admin/login`);
    expect(health.status).toBe(200);
    expect(await host.stop()).toBe(0);
    expect(host.output()).toContain('Shutting down');
  });
});
