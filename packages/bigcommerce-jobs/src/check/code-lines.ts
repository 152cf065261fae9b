import type { CredentialSettings } from '@pim/bigcommerce-credentials/public-api';
import type { JobCheckLine, JobCheckTable } from '@pim/kernel';

import type { JobText } from '../i18n/job-text.js';
import type { MessageKey } from '../i18n/message-key.js';
import { CODE_FILTERS, resolveCodes, type CodeFilter, type CodeProblem } from './resolve.js';

/** The words of one kind of code filter. */
const WORDS = {
  locales: {
    label: 'bigcommerce-jobs.check.label-locales',
    ok: 'bigcommerce-jobs.check.locales-ok',
    notActive: 'bigcommerce-jobs.check.locale-not-active',
    unresolved: 'bigcommerce-jobs.check.locale-unresolved',
    noDefault: 'bigcommerce-jobs.check.locale-no-default',
    caption: 'bigcommerce-jobs.check.locale-table',
    columns: ['bigcommerce-jobs.check.column-pim-locale', 'bigcommerce-jobs.check.column-store-language'],
  },
  currencies: {
    label: 'bigcommerce-jobs.check.label-currencies',
    ok: 'bigcommerce-jobs.check.currencies-ok',
    notActive: 'bigcommerce-jobs.check.currency-not-active',
    unresolved: 'bigcommerce-jobs.check.currency-unresolved',
    noDefault: 'bigcommerce-jobs.check.currency-no-default',
    caption: 'bigcommerce-jobs.check.currency-table',
    columns: ['bigcommerce-jobs.check.column-pim-currency', 'bigcommerce-jobs.check.column-store-currency'],
  },
} as const satisfies Record<
  CodeFilter,
  Record<'label' | 'ok' | 'notActive' | 'unresolved' | 'noDefault' | 'caption', MessageKey> & {
    columns: readonly [MessageKey, MessageKey];
  }
>;

/**
 * A locale or currency filter as a job would use it: a line (what cannot be used, or that each
 * becomes a store code) and the table of what each chosen PIM code becomes and from where.
 */
export function codeFindings(
  filter: CodeFilter,
  chosen: readonly string[],
  active: readonly string[],
  credential: CredentialSettings,
  text: JobText,
): { line: JobCheckLine; table: JobCheckTable | null } {
  const words = WORDS[filter];
  const { mapping, fallback } = CODE_FILTERS[filter](credential);
  const { rows, problems } = resolveCodes(chosen, active, mapping, fallback);
  const table: JobCheckTable | null =
    rows.length === 0
      ? null
      : {
          caption: text.t(words.caption),
          columns: [...words.columns.map((key) => text.t(key)), text.t('bigcommerce-jobs.check.column-from')],
          rows: rows.map((r) => [
            r.pim ?? text.t('bigcommerce-jobs.check.none-chosen'),
            r.store,
            text.t(
              r.from === 'mapping' ? 'bigcommerce-jobs.check.from-mapping' : 'bigcommerce-jobs.check.from-default',
            ),
          ]),
        };
  const label = text.t(words.label);
  if (problems.length === 0) return { line: { status: 'ok', label, text: text.t(words.ok) }, table };
  const said = problems.map((p) => problemText(p, words, text));
  return {
    line: { status: 'error', label, text: said[0]!, ...(said.length > 1 ? { items: said.slice(1) } : {}) },
    table,
  };
}

function problemText(problem: CodeProblem, words: (typeof WORDS)[CodeFilter], text: JobText): string {
  if (problem.kind === 'no-default') return text.t(words.noDefault);
  return text.t(problem.kind === 'not-active' ? words.notActive : words.unresolved, { code: problem.code });
}
