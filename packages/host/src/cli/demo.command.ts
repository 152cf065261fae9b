import { catalogueLines, sandboxCatalogue, startSandbox } from '@pim/bigcommerce-sandbox';

import { readHostConfig, type HostConfig } from '../config/host-config.js';
import { serve } from './serve.command.js';

/** Serves the admin with a BigCommerce sandbox next to it, allowed as an API origin. */
export async function demo(config: HostConfig): Promise<void> {
  const catalogue = sandboxCatalogue('demo1', 'Demo Outfitters');
  const sandbox = await startSandbox({
    stores: catalogue.map((e) => e.store),
    port: Number(process.env.SANDBOX_PORT ?? 0),
  });
  const origins = [process.env.BIGCOMMERCE_API_ORIGINS, sandbox.origin].filter(Boolean).join(',');
  const withSandbox = readHostConfig({ ...config.env, BIGCOMMERCE_API_ORIGINS: origins });
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
  await serve(withSandbox);
  await sandbox.close();
}
