/** Translates a key with params: what every view reads from its page context. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A stored value as the text a page shows: '' for nothing, strings, numbers and booleans as
 * written, anything structured as JSON (never "[object Object]").
 */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? '';
}
