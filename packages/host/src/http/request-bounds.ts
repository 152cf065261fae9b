/** Deepest nesting of objects and arrays a query or body may have (forms need 3: `a[b][c]`). */
export const MAX_DEPTH = 6;
/** Most entries one object or array may have. */
export const MAX_ENTRIES = 1000;

/**
 * Why a parsed query or body is refused before any handler sees it, or null: a NUL character in
 * a key or a value (databases refuse it), nesting deeper than {@link MAX_DEPTH}, or more than
 * {@link MAX_ENTRIES} entries in one object or array. Walked without recursion.
 */
export function requestShapeProblem(value: unknown): string | null {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item === 'string') {
        if (item.includes('\u0000')) return 'a NUL character';
      } else if (item !== null && typeof item === 'object') {
        const entries = Object.entries(item);
        if (entries.length > MAX_ENTRIES) return `more than ${MAX_ENTRIES} entries in one list`;
        for (const [key, child] of entries) {
          if (key.includes('\u0000')) return 'a NUL character';
          next.push(child);
        }
      }
    }
    level = next;
  }
  return null;
}
