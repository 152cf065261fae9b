import type { CredentialStorefront } from '@pim/bigcommerce-credentials/public-api';

import { offeredCodes, resolveCodes, resolveStorefronts } from '../../src/check/resolve.js';
import { listValue, oneValue } from '../../src/check/filter-values.js';

const ACTIVE = ['en_US', 'fr_FR', 'de_DE'];
const MAPPING = { en_US: 'en', fr_FR: 'fr' };

const storefront = (id: number, name: string, isDefault = false): CredentialStorefront => ({
  id,
  name,
  default: isDefault,
});

describe("what a job's filters become in the store", () => {
  describe('a locale or currency filter', () => {
    it("turns each chosen PIM code into its mapping, else the credential's default", () => {
      expect(resolveCodes(['fr_FR', 'de_DE'], ACTIVE, MAPPING, 'en')).toEqual({
        rows: [
          { pim: 'fr_FR', store: 'fr', from: 'mapping' },
          { pim: 'de_DE', store: 'en', from: 'default' },
        ],
        problems: [],
      });
    });

    it("falls back to the store's default alone when nothing is chosen", () => {
      expect(resolveCodes([], ACTIVE, MAPPING, 'en')).toEqual({
        rows: [{ pim: null, store: 'en', from: 'default' }],
        problems: [],
      });
    });

    it('says when nothing is chosen and there is no default to fall back to', () => {
      expect(resolveCodes([], ACTIVE, MAPPING, null)).toEqual({ rows: [], problems: [{ kind: 'no-default' }] });
    });

    it('says which chosen code has neither a mapping nor a default, and which is no longer active in the PIM', () => {
      expect(resolveCodes(['de_DE', 'es_ES', 'fr_FR'], ACTIVE, MAPPING, null)).toEqual({
        rows: [{ pim: 'fr_FR', store: 'fr', from: 'mapping' }],
        problems: [
          { kind: 'unresolved', code: 'de_DE' },
          { kind: 'not-active', code: 'es_ES' },
        ],
      });
    });
  });

  describe('the choices a credential offers a dependent filter', () => {
    it('are the active PIM codes it maps, and with a default every other active one, each saying how', () => {
      expect(offeredCodes(ACTIVE, MAPPING, 'en')).toEqual([
        { pim: 'en_US', store: 'en', from: 'mapping' },
        { pim: 'fr_FR', store: 'fr', from: 'mapping' },
        { pim: 'de_DE', store: 'en', from: 'default' },
      ]);
    });

    it('are only the mapped ones without a default, and change with the credential chosen', () => {
      expect(offeredCodes(ACTIVE, MAPPING, null).map((r) => r.pim)).toEqual(['en_US', 'fr_FR']);
      expect(offeredCodes(ACTIVE, { de_DE: 'de' }, null).map((r) => r.pim)).toEqual(['de_DE']);
      expect(offeredCodes(ACTIVE, {}, null)).toEqual([]);
    });
  });

  describe('a storefront filter', () => {
    const served = [storefront(1, 'Main', true), storefront(3, 'Europe')];

    it("falls back to the store's default storefront when nothing is chosen", () => {
      expect(resolveStorefronts([], served)).toEqual({
        storefronts: [{ ...served[0], from: 'default' }],
        notServed: [],
      });
    });

    it("falls back to the first served storefront when the credential does not serve the store's default", () => {
      expect(resolveStorefronts([], [storefront(3, 'Europe'), storefront(4, 'UK')]).storefronts).toEqual([
        { ...storefront(3, 'Europe'), from: 'default' },
      ]);
    });

    it('keeps the chosen storefronts the credential serves, and names those it no longer serves', () => {
      expect(resolveStorefronts(['3', '9'], served)).toEqual({
        storefronts: [{ ...served[1], from: 'chosen' }],
        notServed: ['9'],
      });
    });
  });

  it('reads a saved value as one value or a list, empty as nothing', () => {
    expect(oneValue({ credentials: '7' }, 'credentials')).toBe('7');
    expect(oneValue({ credentials: '' }, 'credentials')).toBeNull();
    expect(oneValue({ credentials: ['7'] }, 'credentials')).toBeNull();
    expect(listValue({ locales: ['fr_FR', ''] }, 'locales')).toEqual(['fr_FR']);
    expect(listValue({ locales: 'fr_FR' }, 'locales')).toEqual(['fr_FR']);
    expect(listValue({}, 'locales')).toEqual([]);
    expect(listValue({ locales: true }, 'locales')).toEqual([]);
  });
});
