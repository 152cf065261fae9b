import { sandboxStore, type SandboxStore } from '@pim/bigcommerce-sandbox';

/**
 * The store the admin's browser tests work with: USD and EUR, English and French, one token
 * that may write products and one that may only read them.
 */
export function outfittersStore(
  hash: string,
  name: string,
  tokens: { readonly modify: string; readonly readOnly: string },
): SandboxStore {
  return sandboxStore({
    hash,
    name,
    tokens: [
      { token: tokens.modify, information: 'read', products: 'modify' },
      { token: tokens.readOnly, information: 'read', products: 'read' },
    ],
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    ],
    graphqlLocales: [
      { code: 'en', status: 'ACTIVE', isDefault: true },
      { code: 'fr', status: 'ACTIVE', isDefault: false },
    ],
  });
}
