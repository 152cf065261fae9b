import { describeChannels, showcaseStore, startSandbox } from '@pim/bigcommerce-sandbox';

import { readHostConfig, type HostConfig } from '../config/host-config.js';
import { serve } from './serve.command.js';

/** Serves the admin with a BigCommerce sandbox next to it, allowed as an API origin. */
export async function demo(config: HostConfig): Promise<void> {
  const store = showcaseStore('demo1', 'Demo Outfitters');
  const sandbox = await startSandbox({ stores: [store], port: Number(process.env.SANDBOX_PORT ?? 0) });
  const origins = [process.env.BIGCOMMERCE_API_ORIGINS, sandbox.origin].filter(Boolean).join(',');
  const withSandbox = readHostConfig({ ...config.env, BIGCOMMERCE_API_ORIGINS: origins });
  process.stdout.write(
    [
      `BigCommerce sandbox at ${sandbox.origin}. Paste this store into "Create Credential":`,
      `  API URL:       ${sandbox.apiUrl(store.hash)}`,
      '  Client ID:     demo-client-id',
      '  Client Secret: demo-client-secret',
      `  Access Token:  ${store.tokens[0]!.token}`,
      `  Storefronts:   ${describeChannels(store)}`,
      '',
    ].join('\n'),
  );
  await serve(withSandbox);
  await sandbox.close();
}
