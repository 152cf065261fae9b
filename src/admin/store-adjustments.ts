import type { MessageKey } from '../i18n/message-key.js';
import type { StoreAdjustment } from '../mapping/store-values.js';

type Translate = (key: MessageKey) => string;

const ADJUSTED_FIELD: Readonly<Record<StoreAdjustment['field'], MessageKey>> = {
  channelIds: 'bigcommerce.credentials.form.storefronts',
  defaultCurrency: 'bigcommerce.credentials.form.default-currency',
  defaultLocale: 'bigcommerce.credentials.form.default-locale',
  localeMapping: 'bigcommerce.credentials.form.locale-mapping',
  currencyMapping: 'bigcommerce.credentials.form.currency-mapping',
};

/** Adjustments as people read them, e.g. "Locale Mapping fr_FR: fr → none; Default Currency: USD → EUR". */
export function describeAdjustments(adjustments: readonly StoreAdjustment[], t: Translate): string {
  const none = t('bigcommerce.credentials.form.none-value');
  return adjustments
    .map((a) => {
      const field = t(ADJUSTED_FIELD[a.field]);
      const what = a.key === null ? field : `${field} ${a.key}`;
      return `${what}: ${a.from ?? none} → ${a.to ?? none}`;
    })
    .join('; ');
}
