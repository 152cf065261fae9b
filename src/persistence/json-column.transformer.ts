import type { ValueTransformer } from 'typeorm';

/**
 * JSON in a `text` column: the one representation MariaDB, PostgreSQL and SQLite share.
 * (TypeORM's `simple-json` would do the same, but cannot be typed per column.)
 */
export function jsonColumn<T>(): ValueTransformer {
  return {
    to: (value: T | null | undefined): string | null =>
      value === null || value === undefined ? null : JSON.stringify(value),
    from: (raw: string | null): T | null => (raw === null || raw === undefined ? null : (JSON.parse(raw) as T)),
  };
}
