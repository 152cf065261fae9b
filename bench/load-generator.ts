/**
 * A bounded HTTP load generator, run as its own process so it does not share the server's event
 * loop: `node dist/bench-run/bench/load-generator.js <url> <cookie> <accept> <requests> <concurrency>`.
 * Prints `{ latenciesMs: number[], errors: number }` as JSON.
 */
const [url, cookie, accept, total, concurrency] = process.argv.slice(2);
const count = Math.min(Number(total), 20_000);
const workers = Math.min(Number(concurrency), 64);
const latencies: number[] = [];
let errors = 0;
let next = 0;

await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < count) {
      next++;
      const started = process.hrtime.bigint();
      const response = await fetch(url!, { headers: { cookie: cookie!, accept: accept! } });
      await response.arrayBuffer();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (response.status !== 200) errors++;
    }
  }),
);
process.stdout.write(JSON.stringify({ latenciesMs: latencies, errors }));
