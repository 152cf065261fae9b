import type { JobFilterValues } from '@pim/kernel';

/** A single-valued filter's value, or null when it is empty. */
export function oneValue(filters: JobFilterValues, name: string): string | null {
  const value = filters[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A multi-valued filter's values (none when it is empty). */
export function listValue(filters: JobFilterValues, name: string): readonly string[] {
  const value = filters[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
