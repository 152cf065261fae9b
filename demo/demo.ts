/**
 * `npm run demo`: the reference host's admin with the BigCommerce sandbox beside it, allowed as
 * an API origin, and a ready-to-paste store printed for "Create Credential". Repository tooling,
 * like the benchmarks: it wires the sandbox and the host together so that neither knows the other.
 */
import 'reflect-metadata';

import { catalogueLines, sandboxCatalogue, startSandbox } from '@pim/bigcommerce-sandbox';
import { readHostConfig, serve } from '@pim/reference-host';

process.umask(0o077);

const catalogue = sandboxCatalogue('demo1', 'Demo Outfitters');
const sandbox = await startSandbox({
  stores: catalogue.map((entry) => entry.store),
  port: Number(process.env.SANDBOX_PORT ?? 0),
});
const origins = [process.env.BIGCOMMERCE_API_ORIGINS, sandbox.origin].filter(Boolean).join(',');
process.stdout.write(
  [
    `BigCommerce sandbox at ${sandbox.origin}. Paste this store into "Create Credential":`,
    ...catalogueLines(catalogue, (hash) => sandbox.apiUrl(hash), {
      id: 'demo-client-id',
      secret: 'demo-client-secret',
    }),
    '',
  ].join('\n'),
);
try {
  await serve(readHostConfig({ ...process.env, BIGCOMMERCE_API_ORIGINS: origins }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await sandbox.close();
}
