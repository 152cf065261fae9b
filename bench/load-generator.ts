/**
 * A bounded HTTP load generator, run as its own process so it does not share the server's event
 * loop: `node dist/bench-run/bench/load-generator.js <url[,url…]> <cookie> <accept> <requests> <concurrency>`.
 * Several URLs are used round-robin, as a balancer would. Prints `{ latenciesMs, errors, wallMs, cpuMsPerRequest }`
 * as JSON.
 *
 * It asks with `node:http` on kept-alive connections, not `fetch`: the generator shares this
 * machine's cores with the host and the database, and `fetch` (undici) cost it about 2 ms of CPU
 * a request, more than the pages it measured. What it still costs is reported, so the figures
 * can be read against it.
 */
import { Agent, request } from 'node:http';

const [urlList, cookie, accept, total, concurrency] = process.argv.slice(2);
const urls = urlList!.split(',').map((url) => new URL(url));
const count = Math.min(Number(total), 20_000);
const workers = Math.min(Number(concurrency), 64);
const agent = new Agent({ keepAlive: true, maxSockets: workers });
const latencies: number[] = [];
let errors = 0;
let next = 0;
const began = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();

/** One GET, its body read to the end; resolves with its status. */
function get(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent, headers: { cookie: cookie!, accept: accept! } }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < count) {
      const url = urls[next++ % urls.length]!;
      const started = process.hrtime.bigint();
      const status = await get(url);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status !== 200) errors++;
    }
  }),
);
agent.destroy();
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  JSON.stringify({
    latenciesMs: latencies,
    errors,
    wallMs: Number(process.hrtime.bigint() - began) / 1e6,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / count,
  }),
);
