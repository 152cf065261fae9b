import type { DatagridDefinition } from '@pim/kernel';

import { GridTable } from './grid-table.js';
import { usePage } from './page-context.js';

/** The first page of a list about one record (e.g. its history), for its edit page. */
export interface RelatedGridProps {
  readonly definition: DatagridDefinition;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly total: number;
  readonly perPage: number;
  /** The whole list's page. */
  readonly href: string;
}

/** A titled table below a form, and a link to the whole list when there is more. */
export function RelatedGrid({ definition, rows, total, perPage, href }: RelatedGridProps) {
  const { t } = usePage();
  const id = `related-${definition.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section class="panel related-grid" aria-labelledby={id}>
      <h2 id={id}>{t(definition.titleKey)}</h2>
      {rows.length === 0 ? (
        <p class="help">{t('host.grid.no-results')}</p>
      ) : (
        <GridTable definition={definition} rows={rows} actions={[]} />
      )}
      {total > perPage && (
        <p>
          <a href={href}>{t('host.grid.all', { total })}</a>
        </p>
      )}
    </section>
  );
}
