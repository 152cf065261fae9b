import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

import { adminListBenchmarks } from './admin-list.bench.js';
import { multiHostBenchmarks } from './multi-host.bench.js';
import { providerBenchmarks } from './provider.bench.js';
import { FULL, SHORT } from './scale.js';
import { createThroughput, verificationLatency } from './verification.bench.js';

/**
 * `npm run bench`: every benchmark, in one process, then BENCHMARKS.md rewritten. With `--short`
 * (what CI runs), every benchmark once on little data, printed and written nowhere: a benchmark
 * that no longer builds or runs fails the run, and timings stay out of CI.
 */
const short = process.argv.includes('--short');
const scale = short ? SHORT : FULL;
const sections = [
  await verificationLatency(scale),
  await createThroughput(scale, ['sqlite', 'mariadb']),
  await providerBenchmarks(scale),
  await adminListBenchmarks(scale),
  await multiHostBenchmarks(scale),
];
const header = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}.`,
  'Every figure is compared with a baseline measured in the same run; the absolute numbers depend on the machine.',
  '',
].join('\n');
const text = `${header}\n${sections.join('\n\n')}\n`;
if (!short) writeFileSync(new URL('../../../BENCHMARKS.md', import.meta.url), text);
process.stdout.write(text);
