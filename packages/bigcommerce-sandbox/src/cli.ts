import { startSandbox } from './sandbox-server.js';
import { describeChannels, showcaseStore } from './sandbox-store.js';

/** `npm run sandbox`: a BigCommerce sandbox with one ready store, until Ctrl-C. */
const port = Number(process.env.SANDBOX_PORT ?? 0);
const store = showcaseStore('sandbox1', 'Sandbox Outfitters');
const sandbox = await startSandbox({ stores: [store], port: Number.isSafeInteger(port) ? port : 0 });

process.stdout.write(
  [
    `BigCommerce sandbox listening on ${sandbox.origin}`,
    '',
    `  API URL:       ${sandbox.apiUrl(store.hash)}`,
    `  Client ID:     sandbox-client-id`,
    `  Client Secret: sandbox-client-secret`,
    `  Access Token:  ${store.tokens[0]!.token}`,
    `  Storefronts:   ${describeChannels(store)}`,
    '',
    `Allow it in the host with BIGCOMMERCE_API_ORIGINS=${sandbox.origin}`,
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
);

const stop = (): void => void sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
