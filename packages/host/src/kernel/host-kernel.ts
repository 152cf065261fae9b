import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  SOURCE_LOCALE,
  validateModule,
  type Logger,
  type Messages,
  type ModuleDefinition,
  type SecretStore,
} from '@pim/kernel';
import { Container } from 'inversify';
import { DataSource, type DataSourceOptions } from 'typeorm';

import { StaticPimCatalog } from '../catalog/static-pim-catalog.js';
import { moduleEnvironment, type HostConfig } from '../config/host-config.js';
import { FALLBACK_LOCALE, MessageTranslator } from '../i18n/message-translator.js';
import { HostInstanceEntity } from '../persistence/host-instance.entity.js';
import { JobProfileEntity } from '../persistence/job-profile.entity.js';
import { hostMigrations } from '../persistence/host-migrations.js';
import { LoginThrottleEntity } from '../persistence/login-throttle.entity.js';
import { RoleEntity } from '../persistence/role.entity.js';
import { SecretKeyStateEntity } from '../persistence/secret-key-state.entity.js';
import { SessionEntity } from '../persistence/session.entity.js';
import { UserEntity } from '../persistence/user.entity.js';
import { AesGcmSecretCipher } from '../security/aes-gcm-secret-cipher.js';
import { loadKeyring, reloadKeys } from '../security/key-store.js';
import { SharedKeyState } from '../security/shared-key-state.js';
import { StaticModuleSettings } from '../settings/static-module-settings.js';
import { UserDirectory } from '../users/user-directory.js';
import { withBootLock } from './boot-lock.js';
import { bindKernelServices } from './kernel-services.js';
import { ModuleIcons } from './module-icons.js';
import { privateFile } from './private-file.js';
import { ModuleRegistry } from './module-registry.js';
import { AbandonedRequestGuard } from './request-lifetime.js';
import { RequestContext } from './request-context.js';

/** A booted host: everything the HTTP layer and the CLI work with. */
export interface HostKernel {
  readonly config: HostConfig;
  readonly dataSource: DataSource;
  readonly container: Container;
  readonly registry: ModuleRegistry;
  readonly translator: MessageTranslator;
  readonly requestContext: RequestContext;
  readonly users: UserDirectory;
  readonly catalog: StaticPimCatalog;
  readonly cipher: AesGcmSecretCipher;
  /** The key every host on the database seals with, and this host's heartbeat. */
  readonly keyState: SharedKeyState;
  readonly logger: Logger;
  /** UI locales the host has messages for. */
  readonly uiLocales: readonly string[];
  /** The icons the modules' manifests list (none for modules booted without a manifest). */
  readonly icons: ModuleIcons;
  /** The secret stores modules registered, resolved. */
  secretStores(): { readonly name: string; readonly store: SecretStore }[];
  close(): Promise<void>;
}

/** Every entity of the host itself. */
export const HOST_ENTITIES = [
  UserEntity,
  RoleEntity,
  SessionEntity,
  LoginThrottleEntity,
  SecretKeyStateEntity,
  HostInstanceEntity,
  JobProfileEntity,
];

/**
 * TypeORM options for DATABASE_URL, or the embedded SQLite file in the data folder (private to
 * this user: the folder 0700, the file 0600, as it holds the password hashes). Every engine gets
 * a connect timeout and a statement timeout of `databaseTimeoutMs`, so a stalled database ends
 * a request with an error instead of holding it.
 */
export function dataSourceOptions(config: HostConfig): DataSourceOptions {
  const url = config.databaseUrl;
  const timeout = config.databaseTimeoutMs;
  if (url === null) return { type: 'better-sqlite3', database: privateFile(config.dataDir, 'pim.sqlite'), timeout };
  const scheme = new URL(url).protocol;
  const mysql = {
    charset: 'utf8mb4_unicode_ci',
    connectTimeout: timeout,
    enableQueryTimeout: true,
    maxQueryExecutionTime: timeout,
  } as const;
  if (scheme === 'mysql:') return { type: 'mysql', url, ...mysql };
  if (scheme === 'mariadb:') return { type: 'mariadb', url: url.replace(/^mariadb:/, 'mysql:'), ...mysql };
  if (scheme === 'postgres:' || scheme === 'postgresql:') {
    return {
      type: 'postgres',
      url,
      connectTimeoutMS: timeout,
      // pg: connecting and waiting for a pooled client; each query on the client and on the server.
      extra: {
        connectionTimeoutMillis: timeout,
        query_timeout: timeout,
        statement_timeout: timeout,
        idle_in_transaction_session_timeout: 3 * timeout,
      },
    };
  }
  throw new Error(`DATABASE_URL must start with mysql://, mariadb:// or postgres://, not ${scheme}`);
}

/** The host's own messages (login page, pagination, ...), per locale. */
function hostMessages(dir: string): Map<string, Messages> {
  const messages = new Map<string, Messages>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    messages.set(file.slice(0, -5), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages);
  return messages;
}

export interface BootOptions {
  readonly modules: readonly ModuleDefinition[];
  /** The icons their manifests list; none by default. */
  readonly icons?: ModuleIcons;
  readonly logger: Logger;
  readonly hostLocalesDir: string;
  /** False for `migrate`, which runs the migrations itself: no migration, no first admin, no key check. */
  readonly migrate?: boolean;
  readonly onFirstAdmin?: (email: string, password: string | null) => void;
}

/** The container with the kernel services, each module loaded, validated and registered into `registry`. */
function loadModules(
  config: HostConfig,
  options: BootOptions,
  services: { dataSource: DataSource; cipher: AesGcmSecretCipher; requestContext: RequestContext },
  registry: ModuleRegistry,
  messages: ReadonlyMap<string, Messages>,
): { container: Container; translator: MessageTranslator; catalog: StaticPimCatalog } {
  const translator = new MessageTranslator(
    registry.translations,
    () => services.requestContext.get()?.locale ?? FALLBACK_LOCALE,
  );
  const catalog = new StaticPimCatalog(config.locales, config.currencies);
  const moduleEnv = options.modules.map((m) => [m.id, moduleEnvironment(config, m.id)] as const);
  const settings = new StaticModuleSettings(
    Object.fromEntries(moduleEnv.map(([id, e]) => [id, e.origins])),
    Object.fromEntries(moduleEnv.map(([id, e]) => [id, e.settings])),
  );
  const container = new Container();
  bindKernelServices(container, {
    dataSource: services.dataSource,
    logger: options.logger,
    translator,
    catalog,
    cipher: services.cipher,
    currentUser: services.requestContext,
    clock: { now: () => new Date() },
    settings,
  });
  for (const definition of options.modules) {
    container.load(definition.containerModule);
    // The kernel's checks first, with the host's own messages and this container's bindings.
    const { problems } = validateModule(definition, {
      hostMessages: messages.get(SOURCE_LOCALE),
      isBound: (service) => container.isBound(service),
    });
    if (problems.length > 0) throw new Error(`Module "${definition.id}" cannot be served:\n- ${problems.join('\n- ')}`);
    registry.registerModule(definition);
  }
  for (const [locale, hostOwn] of messages) registry.addTranslations(locale, hostOwn);
  const hostProblems = registry.hostProblems();
  if (hostProblems.length > 0) throw new Error(`Invalid module registrations:\n- ${hostProblems.join('\n- ')}`);
  return { container, translator, catalog };
}

/**
 * Under the boot lock every host on the database shares: pending migrations (or a refusal to
 * start when `PIM_AUTO_MIGRATE=false` left some), the first admin, and the shared current key.
 */
async function prepareDatabase(
  config: HostConfig,
  options: BootOptions,
  dataSource: DataSource,
  work: { users: UserDirectory; keyState: SharedKeyState; currentKeyId: string },
): Promise<void> {
  await withBootLock(dataSource, async () => {
    if (config.autoMigrate) await dataSource.runMigrations({ transaction: 'each' });
    else if (await dataSource.showMigrations())
      throw new Error('There are pending migrations and PIM_AUTO_MIGRATE=false: run `pim migrate up` first.');
    const admin = await work.users.ensureAdmin(config.adminEmail, config.adminPassword);
    if (admin.created) options.onFirstAdmin?.(config.adminEmail, admin.generatedPassword);
    await work.keyState.adopt(work.currentKeyId);
  });
}

/**
 * Boots the host: keys, DataSource with the host's and the modules' entities, a container with
 * the kernel services, each module's container module and registrations (validated). Then the
 * database is prepared under the boot lock (see {@link prepareDatabase}). Last, a check that this
 * host holds every key the stored secrets were sealed with.
 */
export async function bootHost(config: HostConfig, options: BootOptions): Promise<HostKernel> {
  const { logger } = options;
  const keyring = loadKeyring(config, (message) => logger.warn(message));
  const cipher = new AesGcmSecretCipher(keyring.keys, keyring.currentKeyId);
  const dataSource = new DataSource({
    ...dataSourceOptions(config),
    entities: [...HOST_ENTITIES, ...options.modules.flatMap((m) => m.entities)],
    migrations: [...hostMigrations, ...options.modules.flatMap((m) => m.migrations)],
    migrationsTableName: 'pim_migrations',
    subscribers: [AbandonedRequestGuard],
    logging: false,
  });
  await dataSource.initialize();
  try {
    const requestContext = new RequestContext();
    const registry = new ModuleRegistry();
    const messages = hostMessages(options.hostLocalesDir);
    const loaded = loadModules(config, options, { dataSource, cipher, requestContext }, registry, messages);
    const { container } = loaded;
    const users = new UserDirectory(dataSource);
    const keyState = new SharedKeyState(dataSource, cipher, {
      reloadKeys: () => reloadKeys(config, keyring.source),
      refreshMs: config.keyRefreshMs,
      logger,
    });
    const secretStores = () => registry.secretStores.map((r) => ({ name: r.name, store: container.get(r.store) }));
    if (options.migrate !== false) {
      await prepareDatabase(config, options, dataSource, { users, keyState, currentKeyId: keyring.currentKeyId });
      await refuseWithoutKeysInUse(secretStores(), cipher);
    }
    return {
      ...loaded,
      config,
      dataSource,
      registry,
      requestContext,
      users,
      cipher,
      keyState,
      logger,
      uiLocales: [...messages.keys()].sort(),
      icons: options.icons ?? new ModuleIcons(),
      secretStores,
      close: async () => {
        await keyState.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** A host that cannot open stored secrets must not serve: every edit page and job would fail. */
async function refuseWithoutKeysInUse(
  stores: readonly { name: string; store: SecretStore }[],
  cipher: AesGcmSecretCipher,
): Promise<void> {
  const missing = new Map<string, number>();
  for (const { store } of stores) {
    for (const [keyId, count] of await store.keyUsage())
      if (!cipher.has(keyId)) missing.set(keyId, (missing.get(keyId) ?? 0) + count);
  }
  if (missing.size === 0) return;
  const list = [...missing].map(([keyId, count]) => `"${keyId}" (${count} record${count === 1 ? '' : 's'})`).join(', ');
  throw new Error(
    `Stored secrets were sealed with key(s) this host does not have: ${list}. Add them to PIM_SECRET_KEYS (keeping the current one) and start again.`,
  );
}
