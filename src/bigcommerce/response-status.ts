import { BigcommerceError, type BigcommerceErrorCode } from '../errors/bigcommerce.errors.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { errorDetail } from './error-body.js';

/**
 * The response of a call that must succeed, or the error its status means
 * (`docs/start/about/status-codes.mdx`): 401 a token that is wrong or whose API account was
 * deleted; 403 the scope `onForbidden` names on this endpoint; 404 no such store; 503 a store down
 * for maintenance, being upgraded or suspended; 507 a limit of the store's plan; any other 5xx
 * BigCommerce unavailable.
 */
export function expectOk(response: ApiResponse, onForbidden: BigcommerceErrorCode): ApiResponse {
  const { status, body } = response;
  if (status >= 200 && status < 300) return response;
  if (status === 401) throw new BigcommerceError('token-invalid', { status });
  if (status === 403) throw new BigcommerceError(onForbidden, { status });
  if (status === 404) throw new BigcommerceError('store-not-found', { status });
  if (status === 503) throw new BigcommerceError('store-unavailable', { status });
  if (status === 507) throw new BigcommerceError('plan-limit-reached', { status });
  if (status >= 500) throw new BigcommerceError('unavailable', { status, params: { status } });
  throw new BigcommerceError('unexpected-status', { status, params: { status, detail: errorDetail(body) || '-' } });
}

/** {@link expectOk} of a settled call: a rejected one throws its reason. */
export function expectSuccess(
  settled: PromiseSettledResult<ApiResponse>,
  onForbidden: BigcommerceErrorCode,
): ApiResponse {
  if (settled.status === 'rejected') throw settled.reason;
  return expectOk(settled.value, onForbidden);
}

/** A thrown value as a BigcommerceError: anything else means the answer made no sense. */
export function asBigcommerceError(error: unknown): BigcommerceError {
  return error instanceof BigcommerceError ? error : new BigcommerceError('malformed-response');
}
