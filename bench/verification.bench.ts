import { BigcommerceClientFactory } from '../src/bigcommerce/bigcommerce-client.factory.js';
import { StoreVerifier } from '../src/bigcommerce/store-verifier.js';
import { startSandbox, sandboxStore } from '@pim/bigcommerce-sandbox';
import { CredentialService } from '../src/services/credential.service.js';
import { openScratch, type Engine } from '../test/fixtures/scratch-databases.js';
import { moduleContainer } from '../test/support/module-harness.js';
import type { BenchScale } from './scale.js';
import { percentile, round, timeMs } from './stats.js';

const LATENCY_MS = 100;

/** Verification latency with 100 ms per sandbox call, against one single call in the same run. */
export async function verificationLatency(scale: BenchScale): Promise<string> {
  const store = sandboxStore({ hash: 'bench1' });
  const sandbox = await startSandbox({ stores: [store] });
  try {
    for (const route of ['store', 'products', 'products-write'] as const)
      sandbox.fault('*', route, { kind: 'latency', ms: LATENCY_MS });
    const { container } = moduleContainer({ origins: [sandbox.origin] });
    const target = {
      apiUrl: `${sandbox.origin}/stores/bench1/`,
      storeHash: 'bench1',
      accessToken: store.tokens[0]!.token,
    };
    const client = container.get(BigcommerceClientFactory).create(target);
    const verifier = container.get(StoreVerifier);
    await verifier.verify(target); // warm-up: sockets, JIT
    const single: number[] = [];
    const verify: number[] = [];
    for (let i = 0; i < scale.verificationRounds; i++) {
      single.push(await timeMs(() => client.get('v2/store')));
      verify.push(await timeMs(() => verifier.verify(target)));
    }
    const s50 = percentile(single, 50);
    const v50 = percentile(verify, 50);
    return [
      `### Verification latency (${LATENCY_MS} ms added to every sandbox call, ${scale.verificationRounds} rounds)`,
      '',
      '| measure | p50 ms | p99 ms |',
      '|---|---|---|',
      `| one \`GET v2/store\` (baseline) | ${round(s50)} | ${round(percentile(single, 99))} |`,
      `| full verification (3 probes) | ${round(v50)} | ${round(percentile(verify, 99))} |`,
      '',
      `Ratio verification / single call (p50): **${round(v50 / s50)}** (target ≤ 1.2).`,
    ].join('\n');
  } finally {
    await sandbox.close();
  }
}

/** Creates per second end to end: validate, verify against the sandbox, seal, insert, history. */
export async function createThroughput(scale: BenchScale, engines: readonly Engine[]): Promise<string> {
  const CREATES = scale.creates;
  const store = sandboxStore({ hash: 'bench2' });
  const sandbox = await startSandbox({ stores: [store] });
  const rows: string[] = [];
  try {
    for (const engine of engines) {
      const handle = await openScratch(engine, { migrate: true });
      try {
        const { container } = moduleContainer({ dataSource: handle.dataSource, origins: [sandbox.origin] });
        const service = container.get(CredentialService);
        const verifier = container.get(StoreVerifier);
        const target = {
          apiUrl: `${sandbox.origin}/stores/bench2/`,
          storeHash: 'bench2',
          accessToken: store.tokens[0]!.token,
        };
        const input = (i: number) => ({
          label: `Bench ${i}`,
          apiUrl: sandbox.apiUrl('bench2'),
          clientId: 'c',
          clientSecret: 's',
          accessToken: store.tokens[0]!.token,
          status: 'active',
          confirmSameStore: '1',
        });
        await service.create(input(-1));
        const elapsed = await timeMs(async () => {
          for (let i = 0; i < CREATES; i++) await service.create(input(i));
        });
        const baseline = await timeMs(async () => {
          for (let i = 0; i < CREATES; i++) await verifier.verify(target);
        });
        rows.push(
          `| ${engine} | ${CREATES} | ${round((CREATES / elapsed) * 1000, 1)} | ${round((CREATES / baseline) * 1000, 1)} | ${round(elapsed / baseline)} |`,
        );
      } finally {
        await handle.close();
      }
    }
  } finally {
    await sandbox.close();
  }
  return [
    '### Creates per second (sequential, sandbox without added latency)',
    '',
    '| engine | creates | creates/s | verifications alone/s (baseline) | time ratio create / verification |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
