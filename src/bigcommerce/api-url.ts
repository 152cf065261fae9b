import { FIELD_LIMITS } from '../constants.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import type { MessageKey } from '../i18n/message-key.js';

/** A store's API base, as stored: `<origin>/stores/<hash>/`. */
export interface NormalizedApiUrl {
  readonly apiUrl: string;
  readonly storeHash: string;
  readonly origin: string;
}

const PATH = /^\/stores\/(?:store-)?([^/]+)\/?(?:v[23]\/?)?$/i;
const HASH = /^[a-z0-9]{1,64}$/i;
const BARE_HASH = /^(?:store-)?([a-z0-9]{1,64})$/i;

function refuse(key: MessageKey, params: Record<string, string> = {}): never {
  throw InvalidInputError.single('apiUrl', key, params);
}

/**
 * Accepts the API path as BigCommerce shows it (`…/stores/<hash>/v3/`), with or without `v2/`,
 * `v3/` or the trailing slash, with spaces around it, or a bare hash (`store-` prefix allowed),
 * and returns the canonical base. Refuses anything whose origin is not in `allowedOrigins`,
 * user info, a query, a fragment and any other path.
 */
export function normalizeApiUrl(input: string, allowedOrigins: readonly string[]): NormalizedApiUrl {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > FIELD_LIMITS.apiUrl) refuse('bigcommerce.api-url.invalid');

  const bare = BARE_HASH.exec(trimmed);
  const defaultOrigin = allowedOrigins[0];
  if (bare && defaultOrigin !== undefined) return canonical(defaultOrigin, bare[1]!);

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse('bigcommerce.api-url.invalid');
  }
  if (url.username !== '' || url.password !== '') refuse('bigcommerce.api-url.credentials-in-url');
  if (url.search !== '' || url.hash !== '' || trimmed.includes('?') || trimmed.includes('#'))
    refuse('bigcommerce.api-url.query-or-fragment');
  if (!allowedOrigins.includes(url.origin)) {
    if (url.protocol !== 'https:') refuse('bigcommerce.api-url.not-https');
    refuse('bigcommerce.api-url.origin-not-allowed', { origins: allowedOrigins.join(', ') });
  }
  const match = PATH.exec(url.pathname);
  if (!match) refuse('bigcommerce.api-url.path');
  if (!HASH.test(match[1]!)) refuse('bigcommerce.api-url.store-hash');
  return canonical(url.origin, match[1]!);
}

function canonical(origin: string, storeHash: string): NormalizedApiUrl {
  return { apiUrl: `${origin}/stores/${storeHash}/`, storeHash, origin };
}
