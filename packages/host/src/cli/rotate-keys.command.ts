import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import type { HostConfig } from '../config/host-config.js';
import type { HostKernel } from '../kernel/host-kernel.js';
import { addKeyToFile } from '../security/key-store.js';
import type { RunningHost } from '../security/shared-key-state.js';
import { startHost } from './start-host.js';

const MAX_PASSES = 5;

/**
 * `rotate-keys [--key-id K]`: makes K the key every host seals with, then re-seals every stored
 * secret with it. With the key file, a new key is generated (no --key-id). With PIM_SECRET_KEYS,
 * K must already be in it on every running host. In order:
 *   1. every running host must hold K (their heartbeats say which keys they hold), else nothing changes;
 *   2. K becomes the shared current key, and every running host switches within its refresh interval;
 *   3. compare-and-set passes re-seal what is still on another key, until nothing is.
 * Exits non-zero when records remain on an old key.
 */
export async function rotateKeys(config: HostConfig, args: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...args], options: { 'key-id': { type: 'string' } } });
  if (config.secretKeys !== null && values['key-id'] === undefined) {
    throw new Error(
      'With PIM_SECRET_KEYS, name the new key: add it to PIM_SECRET_KEYS on every host (keeping the old ones), restart them, then run rotate-keys --key-id <id>.',
    );
  }
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    const keyId = values['key-id'] ?? addKeyToFile(config.dataDir);
    if (values['key-id'] === undefined) process.stdout.write(`Generated key ${keyId} in the key file.\n`);
    await kernel.keyState.refresh();
    if (!kernel.cipher.has(keyId))
      throw new Error(
        `Key "${keyId}" is not in PIM_SECRET_KEYS of this process. Known: ${kernel.cipher.keyIds.join(', ')}.`,
      );

    const bound = await kernel.keyState.noticeBoundMs();
    const lacking = await waitFor(kernel, bound, (host) => host.keyIds.includes(keyId));
    if (lacking.length > 0)
      throw new Error(
        `Not rotated: these running hosts do not have key "${keyId}": ${names(lacking)}. Give it to them (PIM_SECRET_KEYS) and restart them first.`,
      );

    await kernel.keyState.setCurrent(keyId);
    process.stdout.write(`Key ${keyId} is now the current key of every host.\n`);
    const behind = await waitFor(kernel, bound, (host) => host.sealingKeyId === keyId);
    if (behind.length > 0)
      process.stdout.write(
        `Not switched yet: ${names(behind)}; what they save meanwhile is re-sealed by the next passes.\n`,
      );

    let resealed = 0;
    let remaining = 0;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      for (const { store } of kernel.secretStores()) resealed += await store.reseal();
      remaining = await recordsOnOtherKeys(kernel, keyId);
      if (remaining === 0) break;
      await sleep(bound);
    }
    process.stdout.write(
      `Done: ${resealed} record(s) re-sealed with key ${keyId}; ${remaining} record(s) still on an old key.\n`,
    );
    if (remaining > 0) {
      process.stdout.write(
        'Run rotate-keys again once every host has switched; keep the old keys until it reports 0.\n',
      );
      process.exitCode = 1;
    }
  } finally {
    await kernel.close();
  }
}

/** Waits up to `boundMs` until every running host satisfies `ready`; returns those that do not. */
async function waitFor(
  kernel: HostKernel,
  boundMs: number,
  ready: (host: RunningHost) => boolean,
): Promise<RunningHost[]> {
  const deadline = Date.now() + boundMs + 1000;
  for (;;) {
    const waiting = (await kernel.keyState.runningHosts()).filter((host) => !ready(host));
    if (waiting.length === 0 || Date.now() >= deadline) return waiting;
    await sleep(Math.min(250, kernel.keyState.refreshMs));
  }
}

async function recordsOnOtherKeys(kernel: HostKernel, keyId: string): Promise<number> {
  let count = 0;
  for (const { store } of kernel.secretStores())
    for (const [id, n] of await store.keyUsage()) if (id !== keyId) count += n;
  return count;
}

const names = (hosts: readonly RunningHost[]) => hosts.map((host) => host.hostName).join(', ');
