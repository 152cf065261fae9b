import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';

import type { BigcommerceCredentialProvider } from '../src/public-api.js';
import { BIGCOMMERCE_CREDENTIAL_PROVIDER } from '../src/public-api.js';
import { CredentialEntity } from '../src/persistence/credential.entity.js';
import { CredentialSecrets, SECRET_CONTEXT } from '../src/services/credential-secrets.js';
import { insertCredentials } from '../test/fixtures/credential-records.js';
import { openScratch } from '../test/fixtures/scratch-databases.js';
import { moduleContainer } from '../test/support/module-harness.js';
import { runConcurrently } from './list-fixtures.js';
import type { BenchScale } from './scale.js';
import { percentile, round, timeMs } from './stats.js';

const CONCURRENCY = 8;
const WORDS = ['Outlet', 'Store', 'Shop', 'Boutique', 'Market', 'Depot', 'Emporium', 'Gallery'];
const searchTerm = (i: number) => (i % 3 === 0 ? WORDS[i % WORDS.length]! : String((i * 37) % 1000).padStart(3, '0'));

type Cipher = ReturnType<typeof moduleContainer>['cipher'];

interface Rates {
  readonly raw: number;
  readonly provider: number;
  /** The same row through TypeORM's public API (`Repository.findOne`), decrypted the same way. */
  readonly publicApi: number;
}

/**
 * `getActive` rates against a raw mysql2 primary-key SELECT plus decryption, and the same read
 * through TypeORM's public API: what decides which path the provider's reader takes.
 */
async function getActiveRates(
  scale: BenchScale,
  pool: mysql.Pool,
  cipher: Cipher,
  provider: BigcommerceCredentialProvider,
  dataSource: DataSource,
): Promise<Rates> {
  const activeId = (i: number) => {
    const id = (i * 7919) % scale.providerCredentials;
    return (id % 10 === 0 ? id + 1 : id) + 1;
  };
  const raw = async (i: number) => {
    const [rows] = await pool.execute<mysql.RowDataPacket[]>(
      'SELECT id, label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, status, default_currency, default_locale, locale_mapping, currency_mapping, capabilities FROM bigcommerce_credentials WHERE id = ?',
      [activeId(i)],
    );
    const row = rows[0] as { client_secret_sealed: string; access_token_sealed: string };
    cipher.decrypt(row.client_secret_sealed, SECRET_CONTEXT.clientSecret);
    cipher.decrypt(row.access_token_sealed, SECRET_CONTEXT.accessToken);
  };
  const viaProvider = (i: number) => provider.getActive(activeId(i));
  const repository = dataSource.getRepository(CredentialEntity);
  const viaPublicApi = async (i: number) => {
    const row = await repository.findOne({
      where: { id: activeId(i) },
      select: { id: true, label: true, clientSecretSealed: true, accessTokenSealed: true, storeLists: true },
    });
    cipher.decrypt(row!.clientSecretSealed, SECRET_CONTEXT.clientSecret);
    cipher.decrypt(row!.accessTokenSealed, SECRET_CONTEXT.accessToken);
  };
  const paths = [raw, viaProvider, viaPublicApi];
  const warmUp = Math.min(300, scale.providerCalls);
  for (const path of paths) await runConcurrently(warmUp, CONCURRENCY, path);
  // Alternate them in rounds, so drift on a shared machine hits all alike.
  const elapsed = [0, 0, 0];
  const perRound = Math.ceil(scale.providerCalls / scale.providerRounds);
  for (let round = 0; round < scale.providerRounds; round++)
    for (const [k, path] of paths.entries()) elapsed[k]! += await runConcurrently(perRound, CONCURRENCY, path);
  const rate = (ms: number) => ((perRound * scale.providerRounds) / ms) * 1000;
  return { raw: rate(elapsed[0]!), provider: rate(elapsed[1]!), publicApi: rate(elapsed[2]!) };
}

/** `listOptions` search latencies against the same page's two raw SQL queries. */
async function searchLatencies(
  scale: BenchScale,
  pool: mysql.Pool,
  provider: BigcommerceCredentialProvider,
): Promise<{ raw: number[]; provider: number[] }> {
  const result = { raw: [] as number[], provider: [] as number[] };
  for (let i = 0; i < scale.searches; i++)
    result.provider.push(await timeMs(() => provider.listOptions({ query: searchTerm(i), page: 1, perPage: 20 })));
  for (let i = 0; i < scale.searches; i++) {
    const pattern = `%${searchTerm(i).toLowerCase()}%`;
    const page =
      'SELECT id, label FROM bigcommerce_credentials WHERE status = 1 AND LOWER(label) LIKE ? ORDER BY LOWER(label), id LIMIT 20';
    const count = 'SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE status = 1 AND LOWER(label) LIKE ?';
    result.raw.push(await timeMs(() => Promise.all([pool.execute(page, [pattern]), pool.execute(count, [pattern])])));
  }
  return result;
}

/** getActive against a raw mysql2 primary-key SELECT plus decryption; listOptions search latency. */
export async function providerBenchmarks(scale: BenchScale): Promise<string> {
  const handle = await openScratch('mariadb', { migrate: true });
  const { container, cipher } = moduleContainer({ dataSource: handle.dataSource });
  const pool = mysql.createPool({ uri: (handle.scratch.options as { url: string }).url, connectionLimit: 10 });
  try {
    const sealed = container
      .get(CredentialSecrets)
      .seal({ clientSecret: 'bench-client-secret', accessToken: 'bench-access-token-31-characters' });
    await insertCredentials(handle.dataSource, scale.providerCredentials, (i) => ({
      label: `${WORDS[i % WORDS.length]} ${String(i).padStart(5, '0')}`,
      ...sealed,
      status: i % 10 === 0 ? 'inactive' : 'active',
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
      capabilities: { informationRead: true, productsRead: true, productsWrite: i % 2 === 0 },
    }));
    const provider = container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
    const rates = await getActiveRates(scale, pool, cipher, provider, handle.dataSource);
    return report(scale, rates, await searchLatencies(scale, pool, provider));
  } finally {
    await pool.end();
    await handle.close();
  }
}

function report(scale: BenchScale, rates: Rates, search: { raw: number[]; provider: number[] }): string {
  return [
    `### Credential provider on MariaDB (${scale.providerCredentials} credentials)`,
    '',
    `\`getActive\`: ${scale.providerCalls} calls, ${CONCURRENCY} at a time, in ${scale.providerRounds} alternating rounds, against a raw mysql2 primary-key SELECT plus decryption of both secrets.`,
    '',
    '| measure | calls/s |',
    '|---|---|',
    `| raw mysql2 SELECT + decrypt (baseline) | ${round(rates.raw, 0)} |`,
    `| \`provider.getActive\` | ${round(rates.provider, 0)} |`,
    `| the same row through TypeORM's public API (\`Repository.findOne\`) + decrypt | ${round(rates.publicApi, 0)} |`,
    '',
    `Ratio getActive / raw: **${round(rates.provider / rates.raw)}** (target ≥ 0.7). TypeORM's public API / raw: **${round(rates.publicApi / rates.raw)}**; ${rates.publicApi / rates.raw < 0.9 ? "below 0.9, so the provider's reader keeps its prepared statement on the driver's mysql2 pool" : 'at least 0.9: the provider could read through the public API'}.`,
    '',
    `\`listOptions\` with a label search, first page of 20, ${scale.searches} searches, against the same two raw SQL queries (page + count):`,
    '',
    '| measure | p50 ms | p99 ms |',
    '|---|---|---|',
    `| raw mysql2 page + count (baseline) | ${round(percentile(search.raw, 50))} | ${round(percentile(search.raw, 99))} |`,
    `| \`provider.listOptions\` | ${round(percentile(search.provider, 50))} | ${round(percentile(search.provider, 99))} |`,
    '',
    `Ratio listOptions / raw (p50): **${round(percentile(search.provider, 50) / percentile(search.raw, 50))}**.`,
  ].join('\n');
}
