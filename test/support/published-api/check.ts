import { Ajv } from 'ajv';

import type { EndpointContract, Schema } from './contract.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<Schema, ReturnType<typeof ajv.compile>>();

function valid(schema: Schema, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** One request and its answer, as the sandbox logged them (with `recordBodies`). */
export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly accept: string | undefined;
  readonly contentType: string | undefined;
  readonly hadToken: boolean;
  readonly status: number | null;
  readonly body?: string;
  readonly responseBody?: string;
}

/** The endpoint a request is for (`/stores/{hash}/<path>`), or undefined when the module should not call it. */
export function endpointOf(
  endpoints: readonly EndpointContract[],
  exchange: Pick<Exchange, 'method' | 'path'>,
): EndpointContract | undefined {
  const path = new URL(exchange.path, 'http://x').pathname.replace(/^\/stores\/[^/]+\//, '');
  return endpoints.find((e) => e.method === exchange.method && e.path === path);
}

/**
 * What the published API would not accept in a request: a query parameter the endpoint does not
 * define, a value its schema refuses (integers and booleans parsed, `style: form` arrays split at
 * commas), a missing `X-Auth-Token` or `Accept: application/json`, a POST without a JSON body.
 */
export function checkRequest(contract: EndpointContract, exchange: Exchange): string[] {
  const problems: string[] = [];
  const query = new URL(exchange.path, 'http://x').searchParams;
  for (const name of new Set(query.keys())) {
    const schema = contract.query[name];
    if (schema === undefined) {
      problems.push(`query parameter "${name}" is not defined by ${contract.source}`);
      continue;
    }
    const values = query.getAll(name);
    if (values.length > 1) problems.push(`query parameter "${name}" given ${values.length} times`);
    for (const problem of valid(schema, typed(schema, values[0]!))) problems.push(`${name}=${values[0]}: ${problem}`);
  }
  if (!exchange.hadToken) problems.push('no X-Auth-Token');
  if (exchange.accept !== 'application/json') problems.push(`Accept is ${String(exchange.accept)}`);
  if (exchange.method === 'POST') {
    if (!exchange.contentType?.startsWith('application/json'))
      problems.push('POST without Content-Type: application/json');
    problems.push(...(contract.checkBody?.(exchange.body ?? '') ?? []));
  }
  return problems;
}

/** What the published API would not answer: a status the endpoint does not document, or a body its schema refuses. */
export function checkAnswer(contract: EndpointContract, exchange: Exchange): string[] {
  if (exchange.status === null) return ['no answer'];
  if (!(exchange.status in contract.responses)) return [`status ${exchange.status} is not documented`];
  const schema = contract.responses[exchange.status];
  const text = exchange.responseBody ?? '';
  if (schema === null || schema === undefined) return text === '' ? [] : [`status ${exchange.status} has a body`];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return ['the body is not JSON'];
  }
  return valid(schema, body);
}

/** A query value as the type its schema names. */
function typed(schema: Schema, value: string): unknown {
  const type = (schema as { type?: unknown }).type;
  if (type === 'integer') return /^-?\d+$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (type === 'array') return value.split(',');
  return value;
}
