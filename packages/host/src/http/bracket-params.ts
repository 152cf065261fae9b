/** A value of a parsed query string or form body. */
export type ParamValue = string | ParamValue[] | { [key: string]: ParamValue };

const MAX_DEPTH = 4;
const MAX_KEYS = 500;

/**
 * Turns flat `a[b][]=1&a[c]=2` pairs (as node's querystring gives them) into nested objects and
 * arrays, like PHP / axios bracket notation. Bounded in depth and size; `__proto__` and friends
 * are dropped.
 */
export function parseBracketParams(
  flat: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, ParamValue> {
  const root: Record<string, ParamValue> = Object.create(null) as Record<string, ParamValue>;
  let count = 0;
  for (const [rawKey, rawValue] of Object.entries(flat)) {
    if (rawValue === undefined || ++count > MAX_KEYS) continue;
    const path = keyPath(rawKey);
    if (path === null) continue;
    for (const value of Array.isArray(rawValue) ? rawValue : [rawValue]) assign(root, path, value);
  }
  return root;
}

function keyPath(key: string): string[] | null {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return [key];
  const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
  if (path.length > MAX_DEPTH + 1 || path.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype'))
    return null;
  return path;
}

function assign(target: Record<string, ParamValue>, path: readonly string[], value: string): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) {
    const existing = target[head];
    target[head] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : typeof existing === 'string'
            ? [existing, value]
            : existing;
    return;
  }
  if (rest[0] === '') {
    const existing = target[head];
    const list = Array.isArray(existing) ? existing : [];
    if (rest.length === 1) list.push(value);
    target[head] = list;
    return;
  }
  const child = target[head];
  const next =
    child !== undefined && typeof child === 'object' && !Array.isArray(child)
      ? child
      : (Object.create(null) as Record<string, ParamValue>);
  target[head] = next;
  assign(next, rest, value);
}

/** A string from a parsed value (the first, when several were sent). */
export function str(value: ParamValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** Strings from a parsed value. */
export function strs(value: ParamValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
