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

/**
 * A store with three storefronts (one being set up), an inactive outlet and a marketplace; each
 * storefront with its own currencies and languages. Its second token lacks Channel Settings.
 */
export const MULTI_STOREFRONT_STORE = sandboxStore({
  hash: 'msf1',
  name: 'Harbor Goods',
  tokens: [
    { token: 'tok-msf-all', information: 'read', products: 'modify', channels: 'read' },
    { token: 'tok-msf-no-channels', information: 'read', products: 'modify' },
  ],
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false, transactional: true },
    { code: 'JPY', name: 'Yen', enabled: false, isDefault: false, transactional: false },
  ],
  graphqlLocales: [
    { code: 'en', status: 'ACTIVE', isDefault: true },
    { code: 'fr', status: 'ACTIVE', isDefault: false },
  ],
  channels: [
    {
      id: 1,
      name: 'Harbor US',
      type: 'storefront',
      status: 'active',
      currencies: ['USD', 'EUR'],
      defaultCurrency: 'USD',
      locales: [
        { code: 'en', status: 'ACTIVE', isDefault: true },
        { code: 'fr', status: 'ACTIVE', isDefault: false },
      ],
    },
    {
      id: 2,
      name: 'Harbor Europe',
      type: 'storefront',
      status: 'active',
      currencies: ['EUR', 'GBP', 'JPY'],
      defaultCurrency: 'EUR',
      locales: [
        { code: 'de', status: 'ACTIVE', isDefault: true },
        { code: 'fr', status: 'ACTIVE', isDefault: false },
        { code: 'es', status: 'INACTIVE', isDefault: false },
      ],
    },
    {
      id: 3,
      name: 'Harbor UK',
      type: 'storefront',
      status: 'prelaunch',
      currencies: ['GBP'],
      defaultCurrency: 'GBP',
      locales: [{ code: 'en-GB', status: 'ACTIVE', isDefault: true }],
    },
    {
      id: 4,
      name: 'Harbor Outlet',
      type: 'storefront',
      status: 'inactive',
      currencies: ['USD'],
      defaultCurrency: 'USD',
      locales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    },
    {
      id: 5,
      name: 'Harbor on Amazon',
      type: 'marketplace',
      status: 'connected',
      currencies: ['USD'],
      defaultCurrency: 'USD',
      locales: [],
    },
  ],
});
