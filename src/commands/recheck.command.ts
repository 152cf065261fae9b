import { parseArgs } from 'node:util';

import { inject, injectable } from 'inversify';

import { KERNEL_LOGGER, type CommandOutput, type Logger, type ModuleCommand } from '@pim/kernel';

import { BigcommerceClientFactory } from '../bigcommerce/bigcommerce-client.factory.js';
import { CredentialNotFoundError } from '../errors/persistence.errors.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import { UserText } from '../i18n/user-text.js';
import { CredentialListRepository } from '../persistence/credential-list.repository.js';
import { ConnectionCheckService } from '../services/connection-check.service.js';

export const RECHECK_USAGE = '[--concurrency N]  re-check every active BigCommerce credential (exit 1 if one fails)';
const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 16;

/** One credential's check, as the table shows it. */
interface CheckRow {
  readonly label: string;
  readonly store: string;
  readonly outcome: string | null;
  readonly at: Date | null;
}

/**
 * `pim bigcommerce:recheck [--concurrency N]`: checks every active credential again, as Test
 * connection does, and records each outcome (the Last check column, `lastCheck` for jobs, the
 * history). Stores are checked N at a time; the credentials of one store one after another. The
 * first request to a store learns from its rate-limit headers how much of its quota other apps
 * left, and every request waits for the next window when they say it is spent, so a re-check
 * costs a store at most that first request in a 429, never a burst. Prints a table and exits 1 when any check failed (a cron
 * job can alert on it), 2 on wrong arguments.
 */
@injectable()
export class RecheckCommand implements ModuleCommand {
  constructor(
    @inject(CredentialListRepository) private readonly credentials: CredentialListRepository,
    @inject(ConnectionCheckService) private readonly checks: ConnectionCheckService,
    @inject(UserText) private readonly text: UserText,
    @inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory,
    @inject(KERNEL_LOGGER) private readonly logger: Logger,
  ) {}

  async run(args: readonly string[], output: CommandOutput): Promise<number> {
    const concurrency = parseConcurrency(args);
    if (concurrency === null) {
      output.err(`Usage: pim bigcommerce:recheck ${RECHECK_USAGE}`);
      return 2;
    }
    this.clients.learnQuotasFirst();
    const byStore = new Map<string, { id: number; label: string }[]>();
    for (const c of await this.credentials.findActiveForCheck())
      byStore.set(c.storeHash, [...(byStore.get(c.storeHash) ?? []), { id: c.id, label: c.label }]);
    if (byStore.size === 0) {
      output.out(this.text.t('bigcommerce.recheck.none'));
      return 0;
    }
    const rows: CheckRow[] = [];
    const stores = [...byStore.values()];
    const worker = async () => {
      for (let next = stores.shift(); next !== undefined; next = stores.shift())
        for (const credential of next) {
          const row = await this.#check(credential);
          if (row !== null) rows.push(row);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, byStore.size) }, worker));
    rows.sort((a, b) => a.label.localeCompare(b.label));
    for (const line of this.#table(rows)) output.out(line);
    const failed = rows.filter((r) => r.outcome !== 'ok').length;
    output.out(this.text.t('bigcommerce.recheck.summary', { checked: rows.length, ok: rows.length - failed, failed }));
    return failed > 0 ? 1 : 0;
  }

  /** Checks one credential; null when it was deleted meanwhile. */
  async #check(credential: { id: number; label: string }): Promise<CheckRow | null> {
    try {
      const check = await this.checks.check(credential.id);
      return {
        label: credential.label,
        store: check.facts.storeName ?? '-',
        outcome: check.ok ? 'ok' : check.error.code,
        at: check.facts.verifiedAt,
      };
    } catch (error) {
      if (error instanceof CredentialNotFoundError) return null;
      if (error instanceof SecretUnavailableError)
        return { label: credential.label, store: '-', outcome: error.code, at: null };
      // One credential that cannot be checked never stops the others: its row says it failed.
      this.logger.error('bigcommerce:recheck could not check a credential', {
        credentialId: credential.id,
        error: error instanceof Error ? error.name : typeof error,
      });
      return { label: credential.label, store: '-', outcome: 'failed', at: null };
    }
  }

  #table(rows: readonly CheckRow[]): string[] {
    const header = [
      this.text.t('bigcommerce.credentials.grid.label'),
      this.text.t('bigcommerce.credentials.form.store-name'),
      this.text.t('bigcommerce.recheck.checked-at'),
      this.text.t('bigcommerce.recheck.outcome'),
    ];
    const cells = rows.map((r) => [
      r.label,
      r.store,
      r.at === null ? '-' : this.text.time(r.at),
      // Translated; a code this version does not name reads "Failed", never raw.
      this.text.outcome(r.outcome),
    ]);
    const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
    const line = (values: readonly string[]) =>
      values
        .map((v, i) => (i === values.length - 1 ? v : v + ' '.repeat(widths[i]! - width(v))))
        .join('  ')
        .trimEnd();
    return [line(header), widths.map((w) => '-'.repeat(Math.max(w, 1))).join('  '), ...cells.map(line)];
  }
}

function parseConcurrency(args: readonly string[]): number | null {
  try {
    const { values } = parseArgs({ args: [...args], options: { concurrency: { type: 'string' } }, strict: true });
    if (values.concurrency === undefined) return DEFAULT_CONCURRENCY;
    const n = Number(values.concurrency);
    return /^\d{1,2}$/.test(values.concurrency) && n >= 1 && n <= MAX_CONCURRENCY ? n : null;
  } catch {
    return null;
  }
}

/** Columns as a terminal shows them: East Asian wide characters take two. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
      char,
    )
      ? 2
      : 1;
  return columns;
}
