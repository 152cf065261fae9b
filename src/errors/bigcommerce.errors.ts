import type { MessageParams } from '@pim/kernel';
import type { MessageKey } from '../i18n/message-key.js';
import { ModuleError } from './module-error.js';

/** Why BigCommerce refused or could not confirm a credential. */
export type BigcommerceErrorCode =
  | 'token-invalid'
  | 'scope-information-missing'
  | 'scope-products-missing'
  | 'scope-channels-missing'
  | 'store-not-found'
  | 'wrong-store'
  | 'rate-limited'
  | 'quota-reserve-reached'
  | 'unavailable'
  | 'store-unavailable'
  | 'plan-limit-reached'
  | 'unreachable'
  | 'timeout'
  | 'malformed-response'
  | 'response-too-large'
  | 'redirect-refused'
  | 'unexpected-status';

const FIELD: Readonly<Record<BigcommerceErrorCode, 'apiUrl' | 'accessToken'>> = {
  'token-invalid': 'accessToken',
  'scope-information-missing': 'accessToken',
  'scope-products-missing': 'accessToken',
  'scope-channels-missing': 'accessToken',
  'wrong-store': 'accessToken',
  'store-not-found': 'apiUrl',
  'rate-limited': 'apiUrl',
  'quota-reserve-reached': 'apiUrl',
  unavailable: 'apiUrl',
  'store-unavailable': 'apiUrl',
  'plan-limit-reached': 'apiUrl',
  unreachable: 'apiUrl',
  timeout: 'apiUrl',
  'malformed-response': 'apiUrl',
  'response-too-large': 'apiUrl',
  'redirect-refused': 'apiUrl',
  'unexpected-status': 'apiUrl',
};

const MESSAGE: Readonly<Record<BigcommerceErrorCode, string>> = {
  'token-invalid': 'BigCommerce refused the access token (401): mistyped, or its API account was deleted.',
  'scope-information-missing': 'The token lacks the Information & Settings scope, or the store hash is wrong (403).',
  'scope-products-missing': 'The token lacks the Products scope (403).',
  'scope-channels-missing': 'The token lacks the Channel Settings scope (403).',
  'store-not-found': 'BigCommerce knows no such store (404).',
  'wrong-store': 'The access token belongs to another store.',
  'rate-limited': 'BigCommerce is rate-limiting this store (429).',
  'quota-reserve-reached': "What is left of the store's API quota is kept for its other apps.",
  unavailable: 'BigCommerce is unavailable (5xx).',
  'store-unavailable': 'The store is down for maintenance, being upgraded, or suspended (503).',
  'plan-limit-reached': 'The store has reached a limit of its BigCommerce plan (507).',
  unreachable: 'BigCommerce could not be reached.',
  timeout: 'BigCommerce did not answer in time.',
  'malformed-response': 'BigCommerce answered with something that makes no sense.',
  'response-too-large': 'BigCommerce answered with more data than the module accepts.',
  'redirect-refused': 'BigCommerce answered with a redirect, which is never followed.',
  'unexpected-status': 'BigCommerce answered with an unexpected status.',
};

/**
 * A BigCommerce call that failed, classified. It carries the HTTP status and BigCommerce's own
 * error title when there was one, never a header, a token or the request options.
 */
export class BigcommerceError extends ModuleError {
  readonly code: BigcommerceErrorCode;
  readonly messageKey: MessageKey;
  readonly status: number | null;

  constructor(code: BigcommerceErrorCode, details: { status?: number | null; params?: MessageParams } = {}) {
    super(MESSAGE[code], { field: FIELD[code], params: details.params ?? {} });
    this.code = code;
    this.messageKey = `bigcommerce.verification.${code}`;
    this.status = details.status ?? null;
  }
}
