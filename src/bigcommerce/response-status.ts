import { BigcommerceError, type BigcommerceErrorCode } from '../errors/bigcommerce.errors.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { errorDetail } from './error-body.js';

/**
 * The response of a call that must succeed, or the error its status means. `onForbidden` names
 * the scope a 403 points to on this endpoint.
 */
export function expectSuccess(
  settled: PromiseSettledResult<ApiResponse>,
  onForbidden: BigcommerceErrorCode,
): ApiResponse {
  if (settled.status === 'rejected') throw settled.reason;
  const { status, body } = settled.value;
  if (status >= 200 && status < 300) return settled.value;
  if (status === 401) throw new BigcommerceError('token-invalid', { status });
  if (status === 403) throw new BigcommerceError(onForbidden, { status });
  if (status === 404) throw new BigcommerceError('store-not-found', { status });
  if (status >= 500) throw new BigcommerceError('unavailable', { status, params: { status } });
  throw new BigcommerceError('unexpected-status', { status, params: { status, detail: errorDetail(body) || '-' } });
}
