import { RequestAbandonedError } from '../kernel/request-lifetime.js';

/** Driver codes of a database that is down, unreachable or too slow: connection failures and timeouts. */
const UNAVAILABLE_CODES = new Set([
  // mysql2
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  // PostgreSQL: query_canceled (statement_timeout), connection exceptions, admin shutdown
  '57014',
  '08000',
  '08001',
  '08003',
  '08006',
  '57P01',
  // SQLite: the file stayed locked past the busy timeout
  'SQLITE_BUSY',
]);

/** True when `error` says the database could not answer (in time), rather than that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof RequestAbandonedError) return true;
  if (error === null || typeof error !== 'object') return false;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError ?? error;
  const code = (driverError as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  // pg and pg-pool say so only in the message.
  return /Query read timeout|timeout exceeded when trying to connect|Connection terminated/i.test(
    String((error as { message?: unknown }).message),
  );
}
