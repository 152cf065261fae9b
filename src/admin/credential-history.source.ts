import { inject, injectable } from 'inversify';

import { InvalidDatagridQueryError, type DatagridPage, type DatagridQuery, type DatagridRepository } from '@pim/kernel';

import { defaultChannelOf, parseCredentialId, type FieldChange } from '../domain.js';
import { UserText } from '../i18n/user-text.js';
import { storefrontsOf } from '../mapping/storefront-lists.js';
import type { CredentialHistoryEntity } from '../persistence/credential-history.entity.js';
import { CredentialHistoryRepository } from '../persistence/credential-history.repository.js';
import { lastPage, parsePaging } from '../persistence/credential-list.query.js';
import { CredentialRepository } from '../persistence/credential.repository.js';
import { describeChange, type StorefrontNaming } from './history-change.js';

/** A history entry as the grid shows it: who, when, what, and each change on a line. */
export interface HistoryGridRow {
  readonly id: number;
  readonly at: string;
  readonly user: string;
  readonly event: string;
  readonly changes: string;
  /** The credential's label, on the history of deleted credentials. */
  readonly credential?: string;
}

/** Only the newest-first order and paging: the history is never filtered or re-sorted. */
function parseHistoryQuery(query: DatagridQuery): { page: number; perPage: number } {
  if (query.sort !== undefined && (query.sort.column !== 'at' || query.sort.order.toLowerCase() !== 'desc'))
    throw new InvalidDatagridQueryError('sort[column]', 'The history is shown newest first.');
  if (Object.keys(query.filters ?? {}).length > 0)
    throw new InvalidDatagridQueryError('filters', 'The history cannot be filtered.');
  return parsePaging(query);
}

/** Turns history entries into grid rows in the reader's language; secrets only ever "changed". */
@injectable()
export class HistoryRows {
  constructor(@inject(UserText) private readonly text: UserText) {}

  row(entry: CredentialHistoryEntity, credential?: string, storefronts?: StorefrontNaming): HistoryGridRow {
    return {
      id: entry.id,
      at: this.text.time(entry.occurredAt),
      user: entry.userName ?? this.text.t('bigcommerce.history.system'),
      event: this.text.t(eventKey(entry)),
      changes: entry.changes.map((change) => describeChange(change, entry.event, this.text, storefronts)).join('\n'),
      ...(credential === undefined ? {} : { credential }),
    };
  }
}

function eventKey(entry: CredentialHistoryEntity) {
  if (
    entry.event === 'updated' &&
    entry.changes.length > 0 &&
    entry.changes.every((c: FieldChange) => c.field === 'status')
  )
    return 'bigcommerce.history.event-status' as const;
  return `bigcommerce.history.event-${entry.event}` as const;
}

/** The history of one credential (`params.id`), newest first; a credential that is gone has none here. */
@injectable()
export class CredentialHistorySource implements DatagridRepository<HistoryGridRow> {
  constructor(
    @inject(CredentialHistoryRepository) private readonly history: CredentialHistoryRepository,
    @inject(CredentialRepository) private readonly credentials: CredentialRepository,
    @inject(HistoryRows) private readonly rows: HistoryRows,
  ) {}

  async findPage(query: DatagridQuery): Promise<DatagridPage<HistoryGridRow>> {
    const { page, perPage } = parseHistoryQuery(query);
    const id = parseCredentialId(query.params?.['id']);
    // A deleted credential's history is for those who may delete: see the deleted credentials' list.
    const credential = id === null ? null : await this.credentials.findById(id);
    if (id === null || credential === null) throw new InvalidDatagridQueryError('id', 'No such credential.');
    const { entries, total } = await this.history.pageFor(id, page, perPage);
    const names = new Map((storefrontsOf(credential.storeLists) ?? []).map((c) => [c.id, c.name]));
    const storefronts = { names, defaultId: defaultChannelOf(credential.storeLists) };
    return {
      rows: entries.map((e) => this.rows.row(e, undefined, storefronts)),
      total,
      page,
      perPage,
      lastPage: lastPage(total, perPage),
    };
  }
}

/** The history of every deleted credential, newest first, each entry with the label it had. */
@injectable()
export class DeletedHistorySource implements DatagridRepository<HistoryGridRow> {
  constructor(
    @inject(CredentialHistoryRepository) private readonly history: CredentialHistoryRepository,
    @inject(HistoryRows) private readonly rows: HistoryRows,
  ) {}

  async findPage(query: DatagridQuery): Promise<DatagridPage<HistoryGridRow>> {
    const { page, perPage } = parseHistoryQuery(query);
    const { entries, total, labels } = await this.history.deletedPage(page, perPage);
    return {
      rows: entries.map((e) => this.rows.row(e, labels.get(e.credentialId) ?? `#${e.credentialId}`)),
      total,
      page,
      perPage,
      lastPage: lastPage(total, perPage),
    };
  }
}
