import { sandboxStore } from '@pim/bigcommerce-sandbox';

/** The stores the verification tests talk to. */
export const STORES = {
  full: sandboxStore({
    hash: 'full1',
    name: 'Full Access Outfitters',
    tokens: [{ token: 'tok-full-modify', information: 'read', products: 'modify' }],
  }),
  readOnly: sandboxStore({
    hash: 'ro1',
    name: 'Read Only Goods',
    tokens: [{ token: 'tok-products-read', information: 'read', products: 'read' }],
  }),
  noInfo: sandboxStore({
    hash: 'noinfo1',
    tokens: [{ token: 'tok-no-info', information: 'none', products: 'modify' }],
  }),
  noProducts: sandboxStore({
    hash: 'noprod1',
    tokens: [{ token: 'tok-no-products', information: 'read', products: 'none' }],
  }),
  mixedUp: sandboxStore({
    hash: 'mixed1',
    reportedId: 'someoneelse9',
    tokens: [{ token: 'tok-mixed', information: 'read', products: 'read' }],
  }),
} as const;

/** A store with three currencies (one disabled) and three active languages on channel 1, one inactive. */
export const MULTI_CURRENCY_STORE = sandboxStore({
  hash: 'multi1',
  name: 'Multi Currency Mart',
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    { code: 'GBP', name: 'Pound Sterling', enabled: false, isDefault: false, transactional: false },
  ],
  graphqlLocales: [
    { code: 'en', status: 'ACTIVE', isDefault: true },
    { code: 'fr', status: 'ACTIVE', isDefault: false },
    { code: 'de-DE', status: 'ACTIVE', isDefault: false },
    { code: 'es', status: 'INACTIVE', isDefault: false },
  ],
});
