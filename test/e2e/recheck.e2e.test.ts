import { randomBytes } from 'node:crypto';

import { sandboxStore, startSandbox, type Sandbox, type SandboxStore } from '@pim/bigcommerce-sandbox';

import { availableEngines, createScratch, type ScratchDatabase } from '../support/databases.js';
import { httpClient, signIn } from '../../packages/host/test/support/host-harness.js';
import { cliRun, startHostProcess, type HostProcess } from './support/host-process.js';

const { run: engines } = await availableEngines();

const token = (name: string, products: 'read' | 'modify' | 'none' = 'modify') => ({
  token: `tok-${name}`,
  information: 'read' as const,
  products,
  channels: 'read' as const,
});
/** A store whose quota is 8 requests per 1.5 s: one check costs 8 (3 probes, 5 list reads). */
const BUSY: SandboxStore = sandboxStore({
  hash: 'busy1',
  name: 'Busy Bazaar',
  tokens: [token('busy')],
  rateLimit: { quota: 8, windowMs: 1_500 },
});
const REVOKED: SandboxStore = sandboxStore({ hash: 'revoke1', name: 'Revoked Rugs', tokens: [token('revoke')] });
const SCOPED: SandboxStore = sandboxStore({ hash: 'scope1', name: 'Scoped Shoes', tokens: [token('scope')] });

describe.each(engines)('pim bigcommerce:recheck (%s)', (engine) => {
  let sandbox: Sandbox;
  let scratch: ScratchDatabase | null;
  let host: HostProcess;

  beforeAll(async () => {
    sandbox = await startSandbox({ stores: [BUSY, REVOKED, SCOPED] });
    scratch = engine === 'sqlite' ? null : await createScratch(engine);
    host = await startHostProcess({
      PIM_ADMIN_PASSWORD: 'recheck-admin-password',
      BIGCOMMERCE_API_ORIGINS: sandbox.origin,
      ...(scratch
        ? {
            DATABASE_URL: (scratch.options as { url: string }).url,
            PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
          }
        : {}),
    });
    const http = httpClient(host.url);
    const auth = await signIn(http, 'admin@example.com', 'recheck-admin-password');
    const create = async (label: string, store: SandboxStore) => {
      const response = await http('POST', '/admin/bigcommerce/credentials', {
        headers: { cookie: auth.cookie, accept: 'application/json' },
        form: {
          _csrf: auth.csrf,
          label,
          apiUrl: sandbox.apiUrl(store.hash),
          clientId: 'c',
          clientSecret: 's',
          accessToken: store.tokens[0]!.token,
          status: 'active',
          confirmSameStore: '1',
        },
      });
      expect([label, response.statusCode]).toEqual([label, 200]);
    };
    for (const label of ['Busy A', 'Busy B', 'Busy C']) await create(label, BUSY);
    await create('Revoked', REVOKED);
    await create('Scoped', SCOPED);
  });

  afterAll(async () => {
    await host?.stop();
    await scratch?.destroy();
    await sandbox?.close();
  });

  it('re-checks every active credential, prints a table, exits 1 when one fails, and costs no store a 429', async () => {
    // Since they were saved, one token was revoked and another lost its Products scope.
    sandbox.addStore({ ...REVOKED, tokens: [] });
    sandbox.addStore({ ...SCOPED, tokens: [token('scope', 'none')] });
    sandbox.clearRequests();

    const result = await cliRun(host.env, 'bigcommerce:recheck', '--concurrency', '3');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Label\s+Store\s+Checked at\s+Outcome$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+ {2}-+$/);
    expect(lines.slice(2, 7).map((line) => line.split(/\s{2,}/))).toEqual([
      ['Busy A', 'Busy Bazaar', expect.stringMatching(/2\d{3}/), 'Connected'],
      ['Busy B', 'Busy Bazaar', expect.stringMatching(/2\d{3}/), 'Connected'],
      ['Busy C', 'Busy Bazaar', expect.stringMatching(/2\d{3}/), 'Connected'],
      ['Revoked', 'Revoked Rugs', expect.stringMatching(/2\d{3}/), 'Token revoked or mistyped'],
      ['Scoped', 'Scoped Shoes', expect.stringMatching(/2\d{3}/), 'Missing scope: Products'],
    ]);
    expect(lines[7]).toBe('5 checked: 3 connected, 2 failed.');
    expect(result.stdout).not.toMatch(/tok-|token-invalid|scope-products-missing/);

    // The busy store's quota (8 per window) may still be spent by the saves above when the command
    // starts: it learns that from one request, then waits for each window. 24 requests went
    // through; at most that first one was refused, and it was asked again after the reset.
    const busy = sandbox.requests.filter((r) => r.hash === 'busy1');
    const refused = busy.filter((r) => r.status === 429);
    expect(refused.length).toBeLessThanOrEqual(1);
    expect(busy.filter((r) => r.status !== 429)).toHaveLength(24);

    // The outcome is recorded where people and jobs look.
    const http = httpClient(host.url);
    const auth = await signIn(http, 'admin@example.com', 'recheck-admin-password');
    const failed = await http('GET', '/admin/bigcommerce/credentials?filters[lastCheck][]=failed', {
      headers: { cookie: auth.cookie, accept: 'application/json' },
    });
    expect(failed.json<{ records: { label: string; lastCheck: string }[] }>().records).toEqual([
      expect.objectContaining({ label: 'Revoked', lastCheck: expect.stringMatching(/^Token revoked or mistyped · /) }),
      expect.objectContaining({ label: 'Scoped', lastCheck: expect.stringMatching(/^Missing scope: Products · /) }),
    ]);
  });

  it('exits 0 once every check passes, speaks the operator’s language, and refuses wrong arguments with 2', async () => {
    sandbox.addStore(REVOKED);
    sandbox.addStore(SCOPED);
    const arabic = await cliRun({ ...host.env, PIM_CLI_LOCALE: 'ar_AE' }, 'bigcommerce:recheck');
    expect(arabic.code).toBe(0);
    expect(arabic.stdout).toContain('متصل');
    expect(arabic.stdout.trimEnd().split('\n').pop()).toBe('تم فحص 5: 5 متصلة، 0 فاشلة.');

    const wrong = await cliRun(host.env, 'bigcommerce:recheck', '--concurrency', '0');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Usage: pim bigcommerce:recheck [--concurrency N]');
    const unknown = await cliRun(host.env, 'bigcommerce:nothing');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bigcommerce:recheck [--concurrency N]');
  });
});
