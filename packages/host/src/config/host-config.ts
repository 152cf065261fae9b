import { resolve } from 'node:path';

/** Everything the reference host reads from its environment. */
export interface HostConfig {
  readonly host: string;
  readonly port: number;
  /** `mysql://…`, `mariadb://…`, `postgres://…`, or null for the embedded SQLite file. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly adminEmail: string;
  readonly adminPassword: string | null;
  /** `id:base64key,id2:base64key`; the first is the current key unless PIM_SECRET_KEY_ID says otherwise. */
  readonly secretKeys: string | null;
  readonly secretKeyId: string | null;
  readonly locales: readonly string[];
  readonly currencies: readonly string[];
  /** The environment, for module-scoped variables (see {@link moduleEnvironment}). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Cookies only over HTTPS (set PIM_SECURE_COOKIES=true behind TLS). */
  readonly secureCookies: boolean;
}

const list = (value: string | undefined, fallback: readonly string[]): readonly string[] =>
  value === undefined || value.trim() === '' ? fallback : value.split(',').map((v) => v.trim()).filter(Boolean);

/**
 * A module's variables: `<ID>_API_ORIGINS` (comma-separated extra origins it may call) and
 * `<ID>_<SETTING>` for its settings, e.g. BIGCOMMERCE_REQUEST_TIMEOUT_MS → `requestTimeoutMs`.
 */
export function moduleEnvironment(config: HostConfig, moduleId: string): { origins: readonly string[]; settings: Record<string, string> } {
  const prefix = `${moduleId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_`;
  const settings: Record<string, string> = {};
  let origins: readonly string[] = [];
  for (const [name, value] of Object.entries(config.env)) {
    if (!name.startsWith(prefix) || value === undefined) continue;
    const rest = name.slice(prefix.length);
    if (rest === 'API_ORIGINS') origins = list(value, []);
    else settings[rest.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return { origins, settings };
}

export function readHostConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a TCP port, not "${env.PORT}".`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.PIM_DATA_DIR ?? './data'),
    adminEmail: env.PIM_ADMIN_EMAIL ?? 'admin@example.com',
    adminPassword: env.PIM_ADMIN_PASSWORD || null,
    secretKeys: env.PIM_SECRET_KEYS || null,
    secretKeyId: env.PIM_SECRET_KEY_ID || null,
    locales: list(env.PIM_LOCALES, ['en_US', 'fr_FR', 'de_DE']),
    currencies: list(env.PIM_CURRENCIES, ['USD', 'EUR', 'GBP']),
    env: { ...env },
    secureCookies: env.PIM_SECURE_COOKIES === 'true',
  };
}
