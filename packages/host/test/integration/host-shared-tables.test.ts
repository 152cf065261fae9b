import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  ABSOLUTE_MS,
  bootHost,
  IDLE_MS,
  LoginThrottle,
  MAX_ATTEMPTS,
  readHostConfig,
  SessionStore,
  WINDOW_MS,
  type HostKernel,
} from '@pim/reference-host';

import bigcommerceModule from '../../../../src/index.js';
import { createScratch, type ScratchDatabase } from '../../../../test/support/databases.js';
import { describeEachEngine } from '../../../../test/support/describe-each-engine.js';
import { HOST_LOCALES } from '../support/host-harness.js';
import { RecordingLogger } from '../../../../test/support/recording-logger.js';

/** Runs `task` for 0..count-1, `width` at a time. */
async function inParallel(count: number, width: number, task: (i: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < count; start += width)
    await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, k) => task(start + k)));
}

describeEachEngine('the host tables several processes share', (engine) => {
  let kernel: HostKernel;
  let scratch: ScratchDatabase | null = null;
  let dataDir: string;
  let now = Date.UTC(2026, 0, 1);
  const clock = () => now;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pim-shared-'));
    const env: Record<string, string> = {
      PIM_DATA_DIR: dataDir,
      PIM_ADMIN_PASSWORD: 'shared-admin-password',
      PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    };
    if (engine !== 'sqlite') {
      scratch = await createScratch(engine);
      env.DATABASE_URL = (scratch.options as { url: string }).url;
    }
    kernel = await bootHost(readHostConfig(env), {
      modules: [bigcommerceModule],
      logger: new RecordingLogger(),
      hostLocalesDir: HOST_LOCALES,
    });
  });
  afterAll(async () => {
    await kernel?.close();
    await scratch?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('sessions', () => {
    it('keep only a hash of the id, expire when idle or too old, and end for a user everywhere', async () => {
      const sessions = new SessionStore(kernel.dataSource, clock);
      const session = await sessions.create(1);
      expect(JSON.stringify(await kernel.dataSource.query('SELECT * FROM pim_sessions'))).not.toContain(session.id);
      expect(await sessions.find(session.id)).toMatchObject({ userId: 1, csrfToken: session.csrfToken, flash: null });

      await sessions.setFlash(session, { level: 'success', text: 'Saved.' });
      expect((await sessions.find(session.id))?.flash).toEqual({ level: 'success', text: 'Saved.' });
      await sessions.clearFlash(session);
      expect((await sessions.find(session.id))?.flash).toBeNull();

      // Each use keeps it alive, up to the absolute limit.
      for (let elapsed = 0; elapsed + IDLE_MS / 2 < ABSOLUTE_MS; elapsed += IDLE_MS / 2) {
        now += IDLE_MS / 2;
        expect(await sessions.find(session.id)).not.toBeNull();
      }
      now += IDLE_MS / 2;
      expect(await sessions.find(session.id)).toBeNull();

      const idle = await sessions.create(2);
      now += IDLE_MS + 1;
      expect(await sessions.find(idle.id)).toBeNull();
      expect(await sessions.sweep()).toBeGreaterThanOrEqual(2);

      const [one, two] = [await sessions.create(3), await sessions.create(3)];
      expect(await sessions.destroyForUser(3)).toBe(2);
      expect(await sessions.find(one.id)).toBeNull();
      expect(await sessions.find(two.id)).toBeNull();
    });

    it('are never pushed out by other sign-ins: 10,000 new sessions leave an existing one valid', async () => {
      const sessions = new SessionStore(kernel.dataSource, clock);
      const mine = await sessions.create(1);
      await inParallel(10_000, 50, () => sessions.create(2));
      expect(await sessions.find(mine.id)).toMatchObject({ userId: 1 });
      await sessions.destroyForUser(2);
    }, 120_000);
  });

  describe('the login throttle', () => {
    it(`lets ${MAX_ATTEMPTS} attempts through per window, counts them atomically, and starts again after the window or a success`, async () => {
      const throttle = new LoginThrottle(kernel.dataSource, clock);
      const key = LoginThrottle.key('203.0.113.7', 'user:1');
      const verdicts = await Promise.all(Array.from({ length: 32 }, () => throttle.attempt(key)));
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(MAX_ATTEMPTS);
      expect(verdicts.find((v) => !v.allowed)).toEqual({ allowed: false, retryAfterSeconds: WINDOW_MS / 1000 });

      now += WINDOW_MS / 3;
      expect(await throttle.attempt(key)).toEqual({
        allowed: false,
        retryAfterSeconds: Math.ceil((WINDOW_MS * 2) / 3 / 1000),
      });
      now += (WINDOW_MS * 2) / 3;
      expect(await throttle.attempt(key)).toEqual({ allowed: true, key });
      await throttle.succeeded(key);
      for (let i = 0; i < MAX_ATTEMPTS; i++) expect((await throttle.attempt(key)).allowed).toBe(true);
      expect((await throttle.attempt(key)).allowed).toBe(false);
      now += WINDOW_MS;
      expect(await throttle.sweep()).toBeGreaterThanOrEqual(1);
    });

    it('keeps a lock however many other accounts fail: 10,000 of them leave it in place', async () => {
      const throttle = new LoginThrottle(kernel.dataSource, clock);
      const locked = LoginThrottle.key('203.0.113.8', 'user:2');
      for (let i = 0; i < MAX_ATTEMPTS; i++) await throttle.attempt(locked);
      await inParallel(10_000, 50, (i) =>
        throttle.attempt(LoginThrottle.key('198.51.100.1', `email:someone-${i}@example.com`)),
      );
      expect((await throttle.attempt(locked)).allowed).toBe(false);
    }, 120_000);
  });
});
