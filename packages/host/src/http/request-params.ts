import { parse, type IParseOptions } from 'qs';

import { MAX_DEPTH, MAX_ENTRIES } from './request-bounds.js';

/** A value of a parsed query string or form body. */
export type ParamValue = string | ParamValue[] | { [key: string]: ParamValue };
export type Params = Readonly<Record<string, ParamValue>>;

/**
 * Bracket notation as UnoPim, PHP and axios write it (`filters[status][]=1&sort[column]=label`),
 * parsed by qs into objects without a prototype (a key such as `constructor` is plain data; a
 * `__proto__` key is dropped). Deeper nesting, longer lists or more pairs than a form can hold are
 * refused afterwards by the request-shape check.
 */
const OPTIONS: IParseOptions & { decoder?: never } = {
  depth: MAX_DEPTH,
  arrayLimit: MAX_ENTRIES,
  parameterLimit: 4 * MAX_ENTRIES,
  plainObjects: true,
  allowDots: false,
  duplicates: 'combine',
};

export function parseParams(text: string): Record<string, ParamValue> {
  return parse(text, OPTIONS) as Record<string, ParamValue>;
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

/** A nested object of a parsed value (`filters`, `sort`…), or an empty one. */
export function group(value: ParamValue | undefined): Params {
  return typeof value === 'object' && !Array.isArray(value) ? value : {};
}
