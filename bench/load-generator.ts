/**
 * A bounded HTTP load generator, run as its own process so it does not share the server's event
 * loop: `node dist/bench-run/bench/load-generator.js <url[,url…]> <cookie> <accept> <requests> <concurrency>`.
 * Several URLs are used round-robin, as a balancer would. Prints `{ latenciesMs, errors, wallMs }` as JSON.
 */
const [urlList, cookie, accept, total, concurrency] = process.argv.slice(2);
const urls = urlList!.split(',');
const count = Math.min(Number(total), 20_000);
const workers = Math.min(Number(concurrency), 64);
const latencies: number[] = [];
let errors = 0;
let next = 0;
const began = process.hrtime.bigint();

await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < count) {
      const url = urls[next++ % urls.length]!;
      const started = process.hrtime.bigint();
      const response = await fetch(url, { headers: { cookie: cookie!, accept: accept! } });
      await response.arrayBuffer();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (response.status !== 200) errors++;
    }
  }),
);
process.stdout.write(
  JSON.stringify({ latenciesMs: latencies, errors, wallMs: Number(process.hrtime.bigint() - began) / 1e6 }),
);
