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
  /**
   * Which proxies may tell the client's address (X-Forwarded-For), as Fastify's `trustProxy`:
   * false (none, the default), a hop count, or a list of proxy addresses / CIDR ranges.
   */
  readonly trustProxy: boolean | number | string[];
  /** Run pending migrations when the host starts (default); false leaves them to `migrate up`. */
  readonly autoMigrate: boolean;
  /** How often a running host re-reads the shared current secret key and beats (ms). */
  readonly keyRefreshMs: number;
  /** Longest wait for a client to send a whole request, headers and body (ms). */
  readonly requestTimeoutMs: number;
  /** Longest the host takes to answer a request; past it the answer is 503 and the request is abandoned (ms). */
  readonly responseTimeoutMs: number;
  /** Longest wait for the database: connecting, and each statement (ms). */
  readonly databaseTimeoutMs: number;
}

const list = (value: string | undefined, fallback: readonly string[]): readonly string[] =>
  value === undefined || value.trim() === ''
    ? fallback
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);

/**
 * A module's variables: `<ID>_API_ORIGINS` (comma-separated extra origins it may call) and
 * `<ID>_<SETTING>` for its settings, e.g. ACME_REQUEST_TIMEOUT_MS → `requestTimeoutMs` for module `acme`.
 */
export function moduleEnvironment(
  config: HostConfig,
  moduleId: string,
): { origins: readonly string[]; settings: Record<string, string> } {
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

/** PIM_TRUST_PROXY: unset or `false`, `true`, a hop count, or comma-separated addresses / CIDR ranges. */
function trustProxy(value: string | undefined): HostConfig['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return [...list(text, [])];
}

function positiveMs(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 50 || ms > 3_600_000)
    throw new Error(`${name} must be a number of milliseconds between 50 and 3600000, not "${value}".`);
  return ms;
}

export function readHostConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a TCP port, not "${env.PORT}".`);
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
    trustProxy: trustProxy(env.PIM_TRUST_PROXY),
    autoMigrate: env.PIM_AUTO_MIGRATE !== 'false',
    keyRefreshMs: positiveMs('PIM_KEY_REFRESH_MS', env.PIM_KEY_REFRESH_MS, 5000),
    requestTimeoutMs: positiveMs('PIM_REQUEST_TIMEOUT_MS', env.PIM_REQUEST_TIMEOUT_MS, 30_000),
    responseTimeoutMs: positiveMs('PIM_RESPONSE_TIMEOUT_MS', env.PIM_RESPONSE_TIMEOUT_MS, 20_000),
    databaseTimeoutMs: positiveMs('PIM_DATABASE_TIMEOUT_MS', env.PIM_DATABASE_TIMEOUT_MS, 10_000),
  };
}
