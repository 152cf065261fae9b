import { startSandbox } from './sandbox-server.js';
import { sandboxStore } from './sandbox-store.js';

/** `npm run sandbox`: a BigCommerce sandbox with one ready store, until Ctrl-C. */
const port = Number(process.env.SANDBOX_PORT ?? 0);
const store = sandboxStore({
  hash: 'sandbox1',
  name: 'Sandbox Outfitters',
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false, transactional: false },
  ],
  graphqlLocales: [
    { code: 'en', status: 'ACTIVE', isDefault: true },
    { code: 'fr', status: 'ACTIVE', isDefault: false },
    { code: 'de', status: 'ACTIVE', isDefault: false },
  ],
});
const sandbox = await startSandbox({ stores: [store], port: Number.isSafeInteger(port) ? port : 0 });

process.stdout.write(
  [
    `BigCommerce sandbox listening on ${sandbox.origin}`,
    '',
    `  API URL:       ${sandbox.apiUrl(store.hash)}`,
    `  Client ID:     sandbox-client-id`,
    `  Client Secret: sandbox-client-secret`,
    `  Access Token:  ${store.tokens[0]!.token}`,
    '',
    `Allow it in the host with BIGCOMMERCE_API_ORIGINS=${sandbox.origin}`,
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
);

const stop = (): void => void sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
