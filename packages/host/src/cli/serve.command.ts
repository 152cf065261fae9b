import type { HostConfig } from '../config/host-config.js';
import { buildApp } from '../http/app.js';
import { startHost } from './start-host.js';

/** Serves the admin until SIGINT / SIGTERM, then closes the server and the database cleanly. */
export async function serve(config: HostConfig, onReady: (url: string) => void = () => undefined): Promise<void> {
  const kernel = await startHost(config);
  const app = await buildApp(kernel);
  let address: string;
  try {
    address = await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Close what would keep the process alive (the database pool), so the command ends with the error.
    await app.close();
    await kernel.close();
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'EADDRINUSE'
        ? 'the port is already in use'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new Error(`Cannot listen on ${config.host}:${config.port}: ${why}. Set HOST and PORT to a free address.`);
  }
  kernel.keyState.start();
  // Listen for the stop signals before saying "ready": whoever reads that line may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write('Shutting down…\n');
      void app
        .close()
        .then(() => kernel.close())
        .finally(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const url = `${address.replace('[::1]', 'localhost')}/admin`;
  process.stdout.write(
    `PIM admin ready at ${url}\nSign in as ${config.adminEmail}${config.adminPassword ? ' with PIM_ADMIN_PASSWORD' : ' (the first-run password was printed above)'}.\n`,
  );
  onReady(url);
  await stopped;
}
