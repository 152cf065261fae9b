import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

import type { ModuleIcons } from '../kernel/module-icons.js';
import { adminPath } from './admin-path.js';

/** The stylesheet's folder, and the compiled page script's (`npm run build` writes it). */
export const ASSET_DIRS: readonly string[] = [
  fileURLToPath(new URL('../../styles/', import.meta.url)),
  fileURLToPath(new URL('../../dist/browser/', import.meta.url)),
];
/** Only stylesheets and scripts are served: never a source map, build info or anything else in those folders. */
const SERVED = /\.(css|js)$/;

/** The admin's asset URLs: under a folder named by the hash of their contents, so they can be cached for good. */
export interface AdminAssets {
  readonly prefix: string;
  readonly stylesheet: string;
  readonly script: string;
}

/** The hash of every served file of `dirs` (names and bytes), in a stable order. */
export function assetsHash(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs)
    for (const name of readdirSync(dir)
      .filter((n) => SERVED.test(n))
      .sort()) {
      hash.update(`${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  return hash.digest('hex').slice(0, 16);
}

let current: AdminAssets | undefined;

/** This process's asset URLs (read once: the files do not change while it runs). */
export function adminAssets(): AdminAssets {
  if (current !== undefined) return current;
  const script = join(ASSET_DIRS[1]!, 'app.js');
  if (!existsSync(script)) throw new Error(`The admin page script ${script} is missing: run \`npm run build\` first.`);
  const prefix = `${adminPath('assets')}/${assetsHash(ASSET_DIRS)}/`;
  current = { prefix, stylesheet: `${prefix}app.css`, script: `${prefix}app.js` };
  return current;
}

/** Serves the assets under their hashed folder, cacheable for a year and never revalidated. */
export async function registerAdminAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: [...ASSET_DIRS],
    prefix: adminAssets().prefix,
    decorateReply: false,
    index: false,
    list: false,
    allowedPath: (path) => SERVED.test(path),
    maxAge: '365d',
    immutable: true,
  });
}

/** The URL of a module's icon: under the hash of every icon, so it can be cached for good. */
export function moduleIconUrl(icons: ModuleIcons, module: string, name: string): string {
  return `${adminPath('assets')}/icons/${icons.hash}/${encodeURIComponent(module)}/${encodeURIComponent(name)}.svg`;
}

/** Serves the modules' icons (read at start), cacheable for a year and never revalidated. */
export function registerModuleIcons(app: FastifyInstance, icons: ModuleIcons): void {
  app.get<{ Params: { module: string; name: string } }>(
    `${adminPath('assets')}/icons/${icons.hash}/:module/:name.svg`,
    async (request, reply) => {
      const bytes = icons.get(request.params.module, request.params.name);
      if (bytes === undefined) return reply.status(404).send();
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type('image/svg+xml; charset=utf-8')
        .send(bytes);
    },
  );
}
