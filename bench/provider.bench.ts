import mysql from 'mysql2/promise';

import { BIGCOMMERCE_CREDENTIAL_PROVIDER } from '../src/public-api.js';
import { CredentialEntity } from '../src/persistence/credential.entity.js';
import { CredentialSecrets, SECRET_CONTEXT } from '../src/services/credential-secrets.js';
import { openScratch } from '../test/support/databases.js';
import { moduleContainer } from '../test/support/module-harness.js';
import { percentile, round, timeMs } from './stats.js';

const CREDENTIALS = 10_000;
const CALLS = 8_000;
const CONCURRENCY = 8;
const ROUNDS = 16;
const SEARCHES = 300;
const WORDS = ['Outlet', 'Store', 'Shop', 'Boutique', 'Market', 'Depot', 'Emporium', 'Gallery'];

async function runConcurrently(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  return timeMs(() =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) await task(next++);
      }),
    ),
  );
}

/** getActive against a raw mysql2 primary-key SELECT plus decryption; listOptions search latency. */
export async function providerBenchmarks(): Promise<string> {
  const handle = await openScratch('mariadb', { migrate: true });
  const { container, cipher } = moduleContainer({ dataSource: handle.dataSource });
  const pool = mysql.createPool({ uri: (handle.scratch.options as { url: string }).url, connectionLimit: 10 });
  try {
    const now = new Date();
    const sealed = container
      .get(CredentialSecrets)
      .seal({ clientSecret: 'bench-client-secret', accessToken: 'bench-access-token-31-characters' });
    for (let start = 0; start < CREDENTIALS; start += 500) {
      const rows = Array.from({ length: Math.min(500, CREDENTIALS - start) }, (_, k) => {
        const i = start + k;
        return {
          label: `${WORDS[i % WORDS.length]} ${String(i).padStart(5, '0')}`,
          apiUrl: `https://api.bigcommerce.com/stores/s${i}/`,
          storeHash: `s${i}`,
          clientId: 'client',
          ...sealed,
          active: i % 10 !== 0,
          defaultCurrency: 'USD',
          defaultLocale: 'en',
          localeMapping: { en_US: 'en' },
          currencyMapping: { USD: 'USD' },
          capabilities: { informationRead: true, productsRead: true, productsWrite: i % 2 === 0 },
          createdAt: now,
          updatedAt: now,
        };
      });
      await handle.dataSource.createQueryBuilder().insert().into(CredentialEntity).values(rows).execute();
    }
    const provider = container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
    const activeId = (i: number) => {
      const id = (i * 7919) % CREDENTIALS;
      return (id % 10 === 0 ? id + 1 : id) + 1;
    };
    const raw = async (i: number) => {
      const [rows] = await pool.execute<mysql.RowDataPacket[]>(
        'SELECT id, label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, status, default_currency, default_locale, locale_mapping, currency_mapping, capabilities FROM bigcommerce_credentials WHERE id = ?',
        [activeId(i)],
      );
      const row = rows[0] as { client_secret_sealed: string; access_token_sealed: string };
      return [
        cipher.decrypt(row.client_secret_sealed, SECRET_CONTEXT.clientSecret),
        cipher.decrypt(row.access_token_sealed, SECRET_CONTEXT.accessToken),
      ];
    };
    await runConcurrently(300, CONCURRENCY, raw);
    await runConcurrently(300, CONCURRENCY, (i) => provider.getActive(activeId(i)));
    // Alternate the two in rounds, so drift on a shared machine hits both alike.
    let rawMs = 0;
    let providerMs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      rawMs += await runConcurrently(CALLS / ROUNDS, CONCURRENCY, raw);
      providerMs += await runConcurrently(CALLS / ROUNDS, CONCURRENCY, (i) => provider.getActive(activeId(i)));
    }
    const rawRate = (CALLS / rawMs) * 1000;
    const providerRate = (CALLS / providerMs) * 1000;

    const searchTimes: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const term = i % 3 === 0 ? WORDS[i % WORDS.length]! : String((i * 37) % 1000).padStart(3, '0');
      searchTimes.push(await timeMs(() => provider.listOptions({ query: term, page: 1, perPage: 20 })));
    }
    const rawSearch: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const term = i % 3 === 0 ? WORDS[i % WORDS.length]! : String((i * 37) % 1000).padStart(3, '0');
      rawSearch.push(
        await timeMs(() =>
          Promise.all([
            pool.execute(
              'SELECT id, label FROM bigcommerce_credentials WHERE status = 1 AND LOWER(label) LIKE ? ORDER BY LOWER(label), id LIMIT 20',
              [`%${term.toLowerCase()}%`],
            ),
            pool.execute('SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE status = 1 AND LOWER(label) LIKE ?', [
              `%${term.toLowerCase()}%`,
            ]),
          ]),
        ),
      );
    }
    return [
      `### Credential provider on MariaDB (${CREDENTIALS} credentials)`,
      '',
      `\`getActive\`: ${CALLS} calls, ${CONCURRENCY} at a time, in ${ROUNDS} alternating rounds, against a raw mysql2 primary-key SELECT plus decryption of both secrets.`,
      '',
      '| measure | calls/s |',
      '|---|---|',
      `| raw mysql2 SELECT + decrypt (baseline) | ${round(rawRate, 0)} |`,
      `| \`provider.getActive\` | ${round(providerRate, 0)} |`,
      '',
      `Ratio getActive / raw: **${round(providerRate / rawRate)}** (target ≥ 0.7).`,
      '',
      `\`listOptions\` with a label search, first page of 20, ${SEARCHES} searches, against the same two raw SQL queries (page + count):`,
      '',
      '| measure | p50 ms | p99 ms |',
      '|---|---|---|',
      `| raw mysql2 page + count (baseline) | ${round(percentile(rawSearch, 50))} | ${round(percentile(rawSearch, 99))} |`,
      `| \`provider.listOptions\` | ${round(percentile(searchTimes, 50))} | ${round(percentile(searchTimes, 99))} |`,
      '',
      `Ratio listOptions / raw (p50): **${round(percentile(searchTimes, 50) / percentile(rawSearch, 50))}**.`,
    ].join('\n');
  } finally {
    await pool.end();
    await handle.close();
  }
}
