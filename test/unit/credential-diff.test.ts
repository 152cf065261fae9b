import { AUDITED_FIELDS, REDACTED } from '../../src/domain.js';
import { auditedOf, diffCredential } from '../../src/services/credential-diff.js';

describe('the diff of audited fields', () => {
  const before = {
    label: 'Production',
    apiUrl: 'https://api.bigcommerce.com/stores/abc/',
    storeHash: 'abc',
    clientId: 'client',
    status: 'active',
    defaultCurrency: 'USD',
    defaultLocale: 'en',
    localeMapping: { en_US: 'en', fr_FR: 'fr' },
    currencyMapping: null,
    channelIds: [1, 2],
  } as const;

  it('lists each audited field that changed, with both values, in the audited order', () => {
    const changes = diffCredential(before, {
      ...before,
      status: 'inactive',
      label: 'Staging',
      localeMapping: { en_US: 'en' },
    });
    expect(changes).toEqual([
      { field: 'label', old: 'Production', new: 'Staging' },
      { field: 'status', old: 'active', new: 'inactive' },
      { field: 'localeMapping', old: { en_US: 'en', fr_FR: 'fr' }, new: { en_US: 'en' } },
    ]);
  });

  it('records nothing when nothing changed, including a mapping whose keys come in another order', () => {
    expect(diffCredential(before, { ...before })).toEqual([]);
    expect(diffCredential(before, { localeMapping: { fr_FR: 'fr', en_US: 'en' } })).toEqual([]);
  });

  it('compares only the fields present in the change: absent is unchanged, null and undefined are the same', () => {
    expect(diffCredential(before, { defaultLocale: 'en' })).toEqual([]);
    expect(diffCredential(before, { currencyMapping: undefined })).toEqual([]);
    expect(diffCredential({}, { defaultCurrency: 'EUR' })).toEqual([
      { field: 'defaultCurrency', old: null, new: 'EUR' },
    ]);
    expect(diffCredential(before, { defaultCurrency: null })).toEqual([
      { field: 'defaultCurrency', old: 'USD', new: null },
    ]);
  });

  it('shows a replaced secret as changed, never its value, and a kept one not at all', () => {
    const changes = diffCredential(before, { label: 'Production' }, { accessToken: true, clientSecret: false });
    expect(changes).toEqual([{ field: 'accessToken', old: REDACTED, new: REDACTED }]);
  });

  it('never lets a field outside the allowlist into the history', () => {
    const source = {
      ...before,
      accessToken: 'tok-123',
      clientSecret: 'sec-456',
      accessTokenSealed: 'v1.x',
      version: 4,
      id: 9,
    };
    const audited = auditedOf(source);
    expect(Object.keys(audited).sort()).toEqual([...AUDITED_FIELDS].sort());
    const changes = diffCredential({}, source);
    expect(JSON.stringify(changes)).not.toMatch(/tok-123|sec-456|v1\.x/);
    expect(changes.map((c) => c.field)).toEqual(AUDITED_FIELDS.filter((f) => before[f] !== null));
  });
});
