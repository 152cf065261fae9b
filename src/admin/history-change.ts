import { DEFAULT_CHANNEL_ID, REDACTED, type CredentialHistoryEvent, type FieldChange } from '../domain.js';
import type { MessageKey } from '../i18n/message-key.js';
import type { UserText } from '../i18n/user-text.js';

/** The name a person reads for each field the history records. */
const FIELD_LABEL: Readonly<Record<string, MessageKey>> = {
  label: 'bigcommerce.credentials.form.label',
  apiUrl: 'bigcommerce.credentials.form.api-url',
  storeHash: 'bigcommerce.history.field-store-hash',
  clientId: 'bigcommerce.credentials.form.client-id',
  clientSecret: 'bigcommerce.credentials.form.client-secret',
  accessToken: 'bigcommerce.credentials.form.access-token',
  status: 'bigcommerce.credentials.form.status',
  channelIds: 'bigcommerce.credentials.form.storefronts',
  defaultCurrency: 'bigcommerce.credentials.form.default-currency',
  defaultLocale: 'bigcommerce.credentials.form.default-locale',
  localeMapping: 'bigcommerce.credentials.form.locale-mapping',
  currencyMapping: 'bigcommerce.credentials.form.currency-mapping',
  verificationOutcome: 'bigcommerce.history.field-outcome',
};

/** How storefronts are named in the history: by name while the store's list has them, and which one is the default. */
export interface StorefrontNaming {
  readonly names: ReadonlyMap<number, string>;
  readonly defaultId: number;
}

const UNNAMED: StorefrontNaming = { names: new Map(), defaultId: DEFAULT_CHANNEL_ID };

/**
 * One change as a line: "Label: Old → New", "Access Token: changed" (a secret never shows a
 * value), "Status: Active → Inactive"; a mapping, a line per row that changed:
 * "Locale Mapping (fr_FR): none → fr". A created record shows the new value alone; a deleted
 * one, the old.
 */
export function describeChange(
  change: FieldChange,
  event: CredentialHistoryEvent,
  text: UserText,
  storefronts: StorefrontNaming = UNNAMED,
): string {
  const key = FIELD_LABEL[change.field];
  const field = key === undefined ? change.field : text.t(key);
  if (change.old === REDACTED || change.new === REDACTED)
    return `${field}: ${text.t('bigcommerce.history.secret-changed')}`;
  const value = (v: unknown) => describeValue(change.field, v, text, storefronts);
  const { old, new: next } = change;
  if (event === 'updated' && isPairs(old) && isPairs(next))
    return changedPairs(old, next)
      .map((key) => `${field} (${key}): ${value(old[key])} → ${value(next[key])}`)
      .join('\n');
  if (event === 'created') return `${field}: ${value(change.new)}`;
  if (event === 'deleted') return `${field}: ${value(change.old)}`;
  return `${field}: ${value(change.old)} → ${value(change.new)}`;
}

type Pairs = Readonly<Record<string, unknown>>;

const isPairs = (v: unknown): v is Pairs => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys of a mapping whose value changed, in order: a mapping change reads one row at a time. */
function changedPairs(old: Pairs, next: Pairs): string[] {
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  return keys.filter((key) => old[key] !== next[key]);
}

function describeValue(field: string, value: unknown, text: UserText, storefronts: StorefrontNaming): string {
  // Storefronts by name while the store's list has them, else by id; none chosen is the default one.
  if (field === 'channelIds' && (Array.isArray(value) || value === null)) {
    const ids = Array.isArray(value) && value.length > 0 ? (value as unknown[]) : [storefronts.defaultId];
    return ids.map((id) => storefronts.names.get(Number(id)) ?? `#${String(id)}`).join(', ');
  }
  if (value === null || value === undefined || value === '') return text.t('bigcommerce.credentials.form.none-value');
  if (field === 'status') {
    return text.t(
      value === 'active' || value === true
        ? 'bigcommerce.credentials.grid.active'
        : 'bigcommerce.credentials.grid.inactive',
    );
  }
  if (field === 'verificationOutcome') return text.outcome(typeof value === 'string' ? value : null);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') {
    const pairs = Object.entries(value as Record<string, unknown>);
    return pairs.length === 0
      ? text.t('bigcommerce.credentials.form.none-value')
      : pairs.map(([k, v]) => `${k} → ${String(v)}`).join(', ');
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
