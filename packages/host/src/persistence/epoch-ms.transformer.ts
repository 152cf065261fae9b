import type { ValueTransformer } from 'typeorm';

/** A `bigint` column of epoch milliseconds as a number (MySQL and PostgreSQL hand bigints back as strings). */
export const epochMs: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (raw: string | number | null) => (raw === null ? null : Number(raw)),
};
