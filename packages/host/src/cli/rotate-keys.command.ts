import type { SecretStore } from '@pim/kernel';
import type { HostConfig } from '../config/host-config.js';
import { addKeyToFile } from '../security/key-store.js';
import { startHost } from './start-host.js';

/**
 * Seals every stored secret with a new key. With the key file, a new key is generated and made
 * current; with PIM_SECRET_KEYS, add the new key there (keeping the old ones) and point
 * PIM_SECRET_KEY_ID at it first. Old keys stay readable until every store is re-sealed.
 */
export async function rotateKeys(config: HostConfig): Promise<void> {
  if (config.secretKeys === null) {
    await startHost(config, { announce: () => undefined }).then((k) => k.close());
    const id = addKeyToFile(config.dataDir);
    process.stdout.write(`Generated key ${id} and made it current.\n`);
  }
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    let total = 0;
    for (const registration of kernel.registry.secretStores.values()) {
      const count = await (kernel.container.get(registration.token) as SecretStore).reseal();
      process.stdout.write(`${registration.name}: re-sealed ${count} record(s) with key ${kernel.cipher.currentKeyId}.\n`);
      total += count;
    }
    process.stdout.write(`Done: ${total} record(s) re-sealed.\n`);
  } finally {
    await kernel.close();
  }
}
