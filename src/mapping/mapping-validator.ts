import type { FieldErrors, FieldMessage } from '../errors/invalid-input.error.js';
import type { MessageKey } from '../i18n/message-key.js';
import {
  CURRENCY_CODE,
  defaultChannelOf,
  isChoosableStorefront,
  STORE_LOCALE_CODE,
  type CodeMapping,
  type StoreListsSnapshot,
} from '../domain.js';
import { acceptable, offeredCurrencies, offeredLocales, storefrontsOf, type OfferedCodes } from './storefront-lists.js';

/** What the submitted mappings are checked against. */
export interface MappingContext {
  readonly activeLocales: readonly string[];
  readonly activeCurrencies: readonly string[];
  /**
   * What is stored now. A value sent back as stored is not checked against the store's lists (a
   * save fits it to them instead), and a row of a since-deactivated PIM code may be sent back.
   */
  readonly stored: {
    readonly localeMapping: CodeMapping;
    readonly currencyMapping: CodeMapping;
    readonly channelIds: readonly number[] | null;
    readonly defaultCurrency: string | null;
    readonly defaultLocale: string | null;
  };
  readonly lists: StoreListsSnapshot | null;
}

/** The submitted part of the edit form that concerns storefronts, mappings and defaults. */
export interface MappingInput {
  readonly channelIds?: readonly number[];
  readonly localeMapping?: CodeMapping;
  readonly currencyMapping?: CodeMapping;
  readonly defaultCurrency?: string;
  readonly defaultLocale?: string;
}

/**
 * Checks every value the user set and names it: keys must be PIM codes the host knows (or rows
 * already stored for a code deactivated since); locale values and the default locale languages of
 * the chosen storefronts (any well-formed code while their languages are not known); currency
 * values and the default currency currencies enabled on the chosen storefronts (ISO 4217 while
 * unknown). The chosen storefronts must be storefronts of the store that can be served (only the
 * default one while the store's storefronts are not known). Values sent back as stored are the
 * page as it was shown: they are fitted to the lists on save, never refused.
 */
export function validateMappings(input: MappingInput, context: MappingContext): FieldErrors {
  const errors: Record<string, FieldMessage[]> = {};
  const add = (field: string, message: FieldMessage) => (errors[field] ??= []).push(message);
  const chosen = input.channelIds ?? context.stored.channelIds;
  if (input.channelIds !== undefined) checkStorefronts(input.channelIds, context.lists, add);
  const locales = offeredLocales(context.lists, chosen);
  const currencies = offeredCurrencies(context.lists, chosen);
  const isLocale = (code: string) => STORE_LOCALE_CODE.test(code) && acceptable(locales, code);
  const isCurrency = (code: string) => CURRENCY_CODE.test(code) && acceptable(currencies, code);
  const { stored } = context;

  const active = { locale: new Set(context.activeLocales), currency: new Set(context.activeCurrencies) };
  for (const [pimCode, storeCode] of Object.entries(input.localeMapping ?? {})) {
    const field = `localeMapping.${pimCode}`;
    if (stored.localeMapping[pimCode] === storeCode) continue;
    if (!active.locale.has(pimCode)) {
      add(field, { messageKey: 'bigcommerce.validation.unknown-pim-locale', params: { code: pimCode } });
    } else if (storeCode.trim() !== '' && !isLocale(storeCode)) {
      add(field, codeMessage('locale', storeCode, locales, pimCode));
    }
  }
  for (const [pimCode, storeCode] of Object.entries(input.currencyMapping ?? {})) {
    const field = `currencyMapping.${pimCode}`;
    if (stored.currencyMapping[pimCode] === storeCode) continue;
    if (!active.currency.has(pimCode)) {
      add(field, { messageKey: 'bigcommerce.validation.unknown-pim-currency', params: { code: pimCode } });
    } else if (storeCode.trim() !== '' && !isCurrency(storeCode)) {
      add(field, codeMessage('currency', storeCode, currencies, pimCode));
    }
  }
  const { defaultCurrency, defaultLocale } = input;
  if (defaultCurrency && defaultCurrency !== stored.defaultCurrency && !isCurrency(defaultCurrency))
    add('defaultCurrency', codeMessage('currency', defaultCurrency, currencies, '-'));
  if (defaultLocale && defaultLocale !== stored.defaultLocale && !isLocale(defaultLocale))
    add('defaultLocale', codeMessage('locale', defaultLocale, locales, '-'));
  return errors;
}

/** What each kind of store code is checked as, and the messages of a bad one. */
const CODE_KINDS = {
  locale: {
    shape: STORE_LOCALE_CODE,
    notOffered: 'bigcommerce.validation.storefront-locale',
    malformed: 'bigcommerce.validation.store-locale',
  },
  currency: {
    shape: CURRENCY_CODE,
    notOffered: 'bigcommerce.validation.storefront-currency',
    malformed: 'bigcommerce.validation.store-currency',
  },
} as const satisfies Record<string, { shape: RegExp; notOffered: MessageKey; malformed: MessageKey }>;

/** A malformed code (`row` names its mapping row), or a well-formed one the chosen storefronts do not have. */
function codeMessage(kind: keyof typeof CODE_KINDS, code: string, offer: OfferedCodes, row: string): FieldMessage {
  const { shape, notOffered, malformed } = CODE_KINDS[kind];
  return shape.test(code) && offer.complete
    ? { messageKey: notOffered, params: { code, codes: [...offer.codes.keys()].join(', ') } }
    : { messageKey: malformed, params: { code, row } };
}

function checkStorefronts(
  ids: readonly number[],
  lists: StoreListsSnapshot | null,
  add: (field: string, message: FieldMessage) => void,
): void {
  if (ids.length === 0)
    return add('channelIds', { messageKey: 'bigcommerce.validation.storefront-required', params: {} });
  const storefronts = storefrontsOf(lists);
  for (const id of ids) {
    const channel = storefronts?.find((c) => c.id === id);
    const ok =
      storefronts === null ? id === defaultChannelOf(lists) : channel !== undefined && isChoosableStorefront(channel);
    if (!ok)
      add('channelIds', {
        messageKey: 'bigcommerce.validation.storefront',
        params: { id, name: channel?.name ?? `#${id}` },
      });
  }
}
