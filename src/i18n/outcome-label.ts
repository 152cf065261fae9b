import en_US from '../../locales/en_US.json' with { type: 'json' };
import type { MessageKey } from './message-key.js';

const OUTCOME_PREFIX = 'bigcommerce.outcome.';
const KNOWN = new Set(Object.keys(en_US).filter((key) => key.startsWith(OUTCOME_PREFIX)));

/**
 * The message key of a connection check's outcome as people read it ("Connected", "Token
 * revoked", "Missing scope: Products"…), so an outcome code is never shown raw: null is "Never
 * checked", and a code this version does not know is "Failed".
 */
export function outcomeKey(code: string | null): MessageKey {
  if (code === null) return 'bigcommerce.outcome.never';
  const key = `${OUTCOME_PREFIX}${code}`;
  return KNOWN.has(key) ? (key as MessageKey) : 'bigcommerce.outcome.failed';
}
