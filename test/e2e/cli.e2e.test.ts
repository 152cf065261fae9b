import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sandboxCatalogue, sandboxStore, startSandbox } from '@pim/bigcommerce-sandbox';
import Database from 'better-sqlite3';

import { availableEngines, createScratch } from '../support/databases.js';
import { httpClient, signIn } from '../../packages/host/test/support/host-harness.js';
import { cli, cliAsync, cliRun, startHostProcess } from './support/host-process.js';

const { run: engines } = await availableEngines();

describe('the host CLI (built)', () => {
  it('migrates up, down one step at a time, and up again; adds users; refuses unknown permission keys', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pim-cli-'));
    const env = { ...process.env, PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: 'cli-admin-password' };
    try {
      expect(cli(env, 'migrate', 'up')).toMatch(
        /applied PimCreateUsers[\s\S]*applied BigcommerceCreateCredentialTables[\s\S]*applied BigcommerceAddStoreLists[\s\S]*applied PimSharedState[\s\S]*applied BigcommerceAddSecretKeyId[\s\S]*applied BigcommerceLabelKey[\s\S]*applied BigcommerceStorefronts[\s\S]*applied PimJobProfiles/,
      );
      expect(cli(env, 'migrate', 'up')).toContain('Nothing to migrate.');
      expect(cli(env, 'migrate', 'down')).toContain('Undid the last migration.');
      expect(cli(env, 'migrate', 'up')).toMatch(/^applied BigcommerceCapabilityFlags\S*\n$/);
      expect(
        cli(
          env,
          'add-user',
          '--email',
          'ed@example.com',
          '--name',
          'Ed',
          '--password',
          'editor-password',
          '--role',
          'Editor',
          '--permissions',
          'bigcommerce,bigcommerce.credentials',
        ),
      ).toContain('with role Editor');
      expect(() =>
        cli(
          env,
          'add-user',
          '--email',
          'x@example.com',
          '--password',
          'whatever-pass',
          '--role',
          'Bad',
          '--permissions',
          'bigcommerce.everything',
        ),
      ).toThrow(/Unknown permission key "bigcommerce.everything"/);
      expect(cli(env, 'rotate-keys')).toMatch(
        /Generated key k\S+ in the key file[\s\S]*is now the current key[\s\S]*Done: 0 record\(s\) re-sealed with key k\S+; 0 record\(s\) still on an old key/,
      );
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

  it('demo serves next to a sandbox store with several storefronts, and prints what to paste', async () => {
    const demo = await startHostProcess({ PIM_ADMIN_PASSWORD: 'demo-admin-password' }, 'demo');
    try {
      expect(demo.output()).toMatch(/API URL: +http:\/\/127\.0\.0\.1:\d+\/stores\/demo1\/v3\//);
      expect(demo.output()).toContain(
        'Storefronts:   Demo Outfitters (active), Demo Outfitters Europe (active), Demo Outfitters UK (prelaunch), Demo Outfitters Outlet (inactive), Amazon (marketplace, connected)',
      );
      // Then every other store of the catalogue, with its token and what it shows.
      for (const { store, token, shows } of sandboxCatalogue('demo1', 'Demo Outfitters').slice(1)) {
        expect(demo.output()).toContain(`${store.name}: ${shows}`);
        expect(demo.output()).toMatch(new RegExp(`stores/${store.hash}/v3/  Access Token ${token}`));
      }
    } finally {
      expect(await demo.stop()).toBe(0);
    }
  });

  /** A host with a credential of a sandbox store, and the export's profile saved with it. */
  async function hostWithExportProfile(hash: string) {
    const store = sandboxStore({ hash, name: 'Job Checked Goods' });
    const sandbox = await startSandbox({ stores: [store] });
    const host = await startHostProcess({
      PIM_ADMIN_PASSWORD: 'check-admin-password',
      BIGCOMMERCE_API_ORIGINS: sandbox.origin,
    });
    const http = httpClient(host.url);
    const auth = await signIn(http, 'admin@example.com', 'check-admin-password');
    const json = { cookie: auth.cookie, accept: 'application/json' };
    const created = await http('POST', '/admin/bigcommerce/credentials', {
      headers: json,
      form: {
        _csrf: auth.csrf,
        label: 'Checked from the shell',
        apiUrl: sandbox.apiUrl(store.hash),
        clientId: 'c',
        clientSecret: 'shh',
        accessToken: store.tokens[0]!.token,
        status: 'active',
      },
    });
    const id = /credentials\/(\d+)\/edit/.exec(created.json<{ redirect_url: string }>().redirect_url)![1]!;
    const saved = await http('POST', '/admin/jobs/bigcommerce-jobs.product-export', {
      headers: json,
      form: { _csrf: auth.csrf, 'filters[credentials]': id, 'filters[productStatus]': 'enabled' },
    });
    expect(saved.statusCode).toBe(200);
    sandbox.clearRequests();
    return {
      host,
      sandbox,
      close: async () => {
        await host.stop();
        await sandbox.close();
      },
    };
  }

  it('check-job checks a job with its saved profile as "Check this job" does, in the CLI locale, with one store request', async () => {
    const { host, sandbox, close } = await hostWithExportProfile('clijob1');
    try {
      const passed = await cliRun(host.env, 'check-job', 'bigcommerce-jobs.product-export');
      expect(passed.code).toBe(0);
      expect(passed.stdout).toContain(
        'Export products to BigCommerce (bigcommerce-jobs.product-export)\nThis job can run now.',
      );
      expect(passed.stdout).toContain('[Passed] Live request: The store answered just now (HTTP 200');
      expect(passed.stdout).toMatch(
        /PIM locale +Store language +From\n-+ +-+ +-+\n\(none chosen\) +en +the credential's default/,
      );
      expect(sandbox.requests.map((r) => r.route)).toEqual(['products']);
      const german = await cliRun(
        { ...host.env, PIM_CLI_LOCALE: 'de_DE' },
        'check-job',
        'bigcommerce-jobs.product-export',
      );
      expect(german.stdout).toContain('Dieser Job kann jetzt laufen.');
    } finally {
      await close();
    }
  });

  it('check-job exits 1 for a job that would not run, asking the store nothing, and 2 for an unknown job', async () => {
    const { host, sandbox, close } = await hostWithExportProfile('clijob2');
    try {
      // The import profile was never saved: no credential.
      const failed = await cliRun(host.env, 'check-job', 'bigcommerce-jobs.product-import');
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain(
        '[Problem] Credential: No credential is chosen: choose one and save the profile.',
      );
      expect(sandbox.requests).toEqual([]);
      const unknown = await cliRun(host.env, 'check-job', 'nope');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain(
        'Unknown job. Jobs with a check:\n  bigcommerce-jobs.product-export  Export products to BigCommerce',
      );
    } finally {
      await close();
    }
  });

  it('keeps a running server working through rotate-keys: it picks up the new key from the key file without a restart', async () => {
    const store = sandboxStore({ hash: 'rot1' });
    const sandbox = await startSandbox({ stores: [store] });
    const host = await startHostProcess({
      PIM_ADMIN_PASSWORD: 'rotate-admin-password',
      PIM_KEY_REFRESH_MS: '200',
      BIGCOMMERCE_API_ORIGINS: sandbox.origin,
    });
    try {
      const http = httpClient(host.url);
      const auth = await signIn(http, 'admin@example.com', 'rotate-admin-password');
      const json = { cookie: auth.cookie, accept: 'application/json' };
      const created = await http('POST', '/admin/bigcommerce/credentials', {
        headers: json,
        form: {
          _csrf: auth.csrf,
          label: 'Rotated while serving',
          apiUrl: sandbox.apiUrl('rot1'),
          clientId: 'c',
          clientSecret: 'before-rotation',
          accessToken: store.tokens[0]!.token,
          status: 'active',
        },
      });
      expect(created.statusCode).toBe(200);
      const id = /credentials\/(\d+)\/edit/.exec(created.json<{ redirect_url: string }>().redirect_url)![1]!;

      const rotation = await cliAsync(host.env, 'rotate-keys');
      const newKey = /Done: 1 record\(s\) re-sealed with key (k\S+); 0 record\(s\) still on an old key/.exec(
        rotation.stdout,
      )?.[1];
      expect(newKey).toBeDefined();

      const tested = await http('POST', `/admin/bigcommerce/credentials/${id}/verify`, {
        headers: json,
        form: { _csrf: auth.csrf },
      });
      expect(tested.statusCode).toBe(200);
      const edit = await http('GET', `/admin/bigcommerce/credentials/${id}/edit`, { headers: { cookie: auth.cookie } });
      expect(edit.statusCode).toBe(200);
      expect(edit.body).not.toContain('could not be reached');
      const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
      const updated = await http('POST', `/admin/bigcommerce/credentials/${id}`, {
        headers: json,
        form: { _csrf: auth.csrf, _method: 'PUT', version, clientSecret: 'after-rotation' },
      });
      expect(updated.statusCode).toBe(200);
      // What the server saved after the rotation is sealed with the new key.
      const db = new Database(join(host.env.PIM_DATA_DIR!, 'pim.sqlite'), { readonly: true });
      try {
        expect(db.prepare('SELECT secret_key_id AS keyId, version FROM bigcommerce_credentials').all()).toEqual([
          { keyId: newKey, version: 2 },
        ]);
      } finally {
        db.close();
      }
    } finally {
      await host.stop();
      await sandbox.close();
    }
  });

  it('leaves migrations to `migrate up` when PIM_AUTO_MIGRATE=false, and signs a user out everywhere on set-password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pim-cli-'));
    const env = { PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: 'deploy-admin-password', PIM_AUTO_MIGRATE: 'false' };
    try {
      await expect(startHostProcess(env)).rejects.toThrow(
        /pending migrations and PIM_AUTO_MIGRATE=false: run `pim migrate up` first/,
      );
      expect(cli({ ...process.env, ...env }, 'migrate', 'up')).toContain('applied PimCreateUsers');
      const host = await startHostProcess(env);
      try {
        const http = httpClient(host.url);
        const auth = await signIn(http, 'admin@example.com', 'deploy-admin-password');
        expect(
          (await http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie } })).statusCode,
        ).toBe(200);
        expect(
          cli(host.env, 'set-password', '--email', 'admin@example.com', '--password', 'a-brand-new-password'),
        ).toContain('1 session(s) signed out');
        expect(
          (await http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie } })).statusCode,
        ).toBe(302);
        await signIn(http, 'admin@example.com', 'a-brand-new-password');
      } finally {
        await host.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('validates add-user: real e-mail addresses, strong passwords, and --permissions that agree with an existing role', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pim-cli-'));
    const env = { ...process.env, PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: 'cli-admin-password' };
    const add = (...args: string[]) => cli(env, 'add-user', '--name', 'Someone', ...args);
    const PASSPHRASE = 'a-long-enough-passphrase';
    /** add-user with a good password, a role, and --permissions when given. */
    const addAs = (email: string, role: string, permissions?: string) =>
      add(
        '--email',
        email,
        '--password',
        PASSPHRASE,
        '--role',
        role,
        ...(permissions ? ['--permissions', permissions] : []),
      );
    try {
      expect(() => addAs('', 'Administrator')).toThrow(/needs --email/);
      for (const email of ['not-an-email', '<script>@x', 'two words@example.com'])
        expect(() => addAs(email, 'Administrator')).toThrow(/is not an e-mail address/);
      for (const password of ['12345678', '        ', 'password1234'])
        expect(() => add('--email', 'weak@example.com', '--password', password, '--role', 'Administrator')).toThrow(
          /at least 12 characters|too easy to guess/,
        );
      expect(() => addAs('limited@example.com', 'Administrator', 'bigcommerce')).toThrow(
        /Role "Administrator" exists and grants all; leave out --permissions/,
      );
      expect(() => addAs('limited@example.com', 'Brand New')).toThrow(/give --permissions/);
      expect(addAs('limited@example.com', 'Limited', 'bigcommerce,bigcommerce.credentials')).toContain(
        'with role Limited',
      );
      // The same permissions in another order are the same role.
      expect(addAs('limited2@example.com', 'Limited', 'bigcommerce.credentials,bigcommerce')).toContain(
        'with role Limited',
      );
      expect(() => addAs('limited3@example.com', 'Limited', 'all')).toThrow(
        /grants bigcommerce,bigcommerce.credentials/,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each(engines)('exits with a clear message when the port is taken (%s), instead of hanging', async (engine) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as { port: number }).port);
    const scratch = engine === 'sqlite' ? null : await createScratch(engine);
    try {
      const env = {
        PORT: port,
        PIM_ADMIN_PASSWORD: 'port-admin-password',
        ...(scratch
          ? {
              DATABASE_URL: (scratch.options as { url: string }).url,
              PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
            }
          : {}),
      };
      await expect(startHostProcess(env)).rejects.toThrow(
        new RegExp(`host exited with 1:[\\s\\S]*Cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      await scratch?.destroy();
    }
  });
});
