import { FIELD_LIMITS } from '../constants.js';
import { cleanText, stripInvisibleOrControl } from '../domain.js';

/** A name read from BigCommerce (a store's, a currency's), as it may be stored and shown: plain text, bounded. */
export function cleanStoreText(text: string, limit: number = FIELD_LIMITS.storeName): string {
  return cleanText(stripInvisibleOrControl(text)).slice(0, limit);
}
