import { startSandbox } from './sandbox-server.js';
import { catalogueLines, sandboxCatalogue } from './sandbox-catalogue.js';

/** `npm run sandbox`: a BigCommerce sandbox with its catalogue of stores, until Ctrl-C. */
const port = Number(process.env.SANDBOX_PORT ?? 0);
const catalogue = sandboxCatalogue('sandbox1', 'Sandbox Outfitters');
const sandbox = await startSandbox({
  stores: catalogue.map((e) => e.store),
  port: Number.isSafeInteger(port) ? port : 0,
});

process.stdout.write(
  [
    `BigCommerce sandbox listening on ${sandbox.origin}`,
    '',
    ...catalogueLines(catalogue, (hash) => sandbox.apiUrl(hash), {
      id: 'sandbox-client-id',
      secret: 'sandbox-client-secret',
    }),
    '',
    `Allow it in the host with BIGCOMMERCE_API_ORIGINS=${sandbox.origin}`,
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
);

const stop = (): void => void sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
