import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { availableEngines } from '../fixtures/scratch-databases.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const { run: engines } = await availableEngines();
const describeWithMariadb = engines.includes('mariadb') ? describe : describe.skip;

/*
 * Every benchmark builds and runs, once, on little data (`--short`): a benchmark that no longer
 * compiles or fails at run time fails the tests. Its timings are printed, never asserted, and
 * BENCHMARKS.md is left as it is.
 */
describeWithMariadb('the benchmarks', () => {
  it('build, and run once in short mode without writing BENCHMARKS.md', async () => {
    const before = readFileSync(`${root}BENCHMARKS.md`, 'utf8');
    await run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.bench.json`], {
      cwd: root,
    });
    const { stdout } = await run(process.execPath, [`${root}dist/bench-run/bench/run.js`, '--short'], {
      cwd: root,
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    for (const section of [
      '### Verification latency',
      '### Creates per second',
      '### Credential provider on MariaDB',
      '### Admin list with',
      '### Several host processes on one MariaDB',
    ])
      expect(stdout).toContain(section);
    expect(stdout).not.toMatch(/NaN|Infinity/);
    expect(readFileSync(`${root}BENCHMARKS.md`, 'utf8')).toBe(before);
  }, 300_000);
});
