import { inject, injectable } from 'inversify';

import type { DatagridPage, DatagridQuery, DatagridRepository } from '@pim/kernel';

import { CredentialListRepository, type CredentialListRow } from '../persistence/credential-list.repository.js';
import { UserText } from '../i18n/user-text.js';

/** A row of the credentials grid as shown: the last check as a person reads it, and its tone. */
export interface CredentialGridRow {
  readonly id: number;
  readonly label: string;
  readonly apiUrl: string;
  readonly status: boolean;
  /** "Connected · 26 Nov 2026, 17:09", "Token revoked · …", "Never checked". */
  readonly lastCheck: string;
  readonly lastCheckTone: 'ok' | 'error' | 'muted';
}

/**
 * The grid's rows: what the list repository reads, with the last check translated for the current
 * user (the outcome never as its raw code). Sorting and filtering stay the repository's.
 */
@injectable()
export class CredentialGridSource implements DatagridRepository<CredentialGridRow> {
  constructor(
    @inject(CredentialListRepository) private readonly credentials: CredentialListRepository,
    @inject(UserText) private readonly text: UserText,
  ) {}

  async findPage(query: DatagridQuery): Promise<DatagridPage<CredentialGridRow>> {
    const page = await this.credentials.findPage(query);
    return { ...page, rows: page.rows.map((row) => this.#row(row)) };
  }

  #row({ verifiedAt, verificationOutcome, ...row }: CredentialListRow): CredentialGridRow {
    if (verifiedAt === null || verificationOutcome === null)
      return { ...row, lastCheck: this.text.outcome(null), lastCheckTone: 'muted' };
    return {
      ...row,
      lastCheck: `${this.text.outcome(verificationOutcome)} · ${this.text.time(verifiedAt)}`,
      lastCheckTone: verificationOutcome === 'ok' ? 'ok' : 'error',
    };
  }
}
