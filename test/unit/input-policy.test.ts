import { cleanText, hasInvisibleOrControl, labelKey, parseCredentialId } from '../../src/domain.js';
import { CreateCredentialDto } from '../../src/dto/create-credential.dto.js';
import { UpdateCredentialDto } from '../../src/dto/update-credential.dto.js';
import { validateInput } from '../../src/dto/validate-input.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';

const VALID = {
  label: 'Production',
  apiUrl: 'https://api.bigcommerce.com/stores/abc/',
  clientId: 'c',
  clientSecret: 's',
  accessToken: 't',
  status: 'active',
};

async function fieldErrors(
  dto: Parameters<typeof validateInput>[0],
  input: unknown,
): Promise<Record<string, string[]>> {
  try {
    await validateInput(dto, input);
    return {};
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return Object.fromEntries(
      Object.entries(error.errors).map(([field, messages]) => [field, messages.map((m) => m.messageKey)]),
    );
  }
}

describe('the input policy', () => {
  it('finds control, bidi, zero-width and separator characters, and only those', () => {
    for (const bad of [
      'a\u0000b',
      'tab\there',
      'line\nbreak',
      'del\u007f',
      'c1\u0085',
      'rlo\u202Eevil',
      'lri\u2066x',
      'zw\u200Bsp',
      'zwj\u200D',
      'bom\uFEFF',
      'ls\u2028',
      'shy\u00AD',
      'alm\u061C',
      'rlm\u200F',
    ]) {
      expect([JSON.stringify(bad), hasInvisibleOrControl(bad)]).toEqual([JSON.stringify(bad), true]);
    }
    for (const good of [
      'Production Store',
      'Café Noël',
      'متجر الإنتاج',
      '生产商店',
      'магазин',
      'Store #1 (EU) — 50%',
      'emoji 🛍️',
    ]) {
      expect([good, hasInvisibleOrControl(good)]).toEqual([good, false]);
    }
  });

  it('normalises text to NFC and trims it', () => {
    expect(cleanText('  Cafe\u0301  ')).toBe('Café');
    expect(cleanText('Café')).toHaveLength(4);
  });

  it('refuses invisible and control characters in every text field of both forms, with a field error', async () => {
    expect(
      await fieldErrors(CreateCredentialDto, { ...VALID, label: 'Prod\u202Euction', clientId: 'id\u200B' }),
    ).toEqual({
      label: ['bigcommerce.validation.plain-text'],
      clientId: ['bigcommerce.validation.plain-text'],
    });
    expect(await fieldErrors(CreateCredentialDto, { ...VALID, accessToken: 'tok\u0000en' })).toEqual({
      accessToken: ['bigcommerce.validation.plain-text'],
    });
    expect(
      await fieldErrors(UpdateCredentialDto, {
        version: 1,
        defaultLocale: 'en\u200E',
        localeMapping: { en_US: 'en\u0000' },
      }),
    ).toEqual({
      defaultLocale: ['bigcommerce.validation.plain-text'],
      localeMapping: ['bigcommerce.validation.mapping'],
    });
    const dto = await validateInput(CreateCredentialDto, { ...VALID, label: '  Cafe\u0301 ' });
    expect(dto.label).toBe('Café');
  });

  it('refuses nested input before walking it, however deep', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(await fieldErrors(CreateCredentialDto, { ...VALID, label: deep })).toEqual({
      label: ['bigcommerce.validation.string'],
    });
    expect(await fieldErrors(UpdateCredentialDto, { version: 1, localeMapping: { en_US: { nested: 'en' } } })).toEqual({
      localeMapping: ['bigcommerce.validation.string'],
    });
    expect(await fieldErrors(CreateCredentialDto, [VALID])).toEqual({
      _form: ['bigcommerce.validation.invalid-input'],
    });
  });

  it('refuses keys named after Object.prototype members, at the top and inside a mapping, with a field error', async () => {
    // What a form body parsed into objects without a prototype can hold (`localeMapping[constructor]=x`).
    const bare = (entries: Record<string, unknown>) => Object.assign(Object.create(null) as object, entries);
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__defineGetter__']) {
      expect(
        await fieldErrors(UpdateCredentialDto, bare({ version: 1, localeMapping: bare({ [key]: 'en' }) })),
      ).toEqual({
        localeMapping: ['bigcommerce.validation.mapping'],
      });
      expect(await fieldErrors(CreateCredentialDto, bare({ ...VALID, [key]: 'x' }))).toEqual({
        [key]: ['bigcommerce.validation.unknown-field'],
      });
    }
    expect(await fieldErrors(UpdateCredentialDto, bare({ version: 1, localeMapping: bare({ en_US: 'en' }) }))).toEqual(
      {},
    );
  });

  it('accepts an id only in its canonical decimal form', () => {
    for (const [raw, id] of [
      ['1', 1],
      ['42', 42],
      ['9999999999', 9999999999],
      [7, 7],
    ] as const)
      expect([raw, parseCredentialId(raw)]).toEqual([raw, id]);
    for (const raw of [
      '0x1',
      '1e0',
      '+1',
      ' 1',
      '1 ',
      '%201',
      '01',
      '0',
      '-1',
      '1.0',
      '1.5',
      '',
      '١',
      '99999999999',
      'constructor',
      1.5,
      0,
      -3,
      Number.NaN,
      null,
      undefined,
      {},
      ['1'],
    ]) {
      expect([raw, parseCredentialId(raw)]).toEqual([raw, null]);
    }
  });

  it('compares labels the way a person reads them', () => {
    const same = [
      ['CaseDup', 'casedup'],
      ['Café', 'Cafe'],
      ['Cafe\u0301', 'café'],
      ['ﬁle store', 'file store'],
      ['Two  Spaces', 'two spaces'],
      ['ＦＵＬＬ', 'full'],
      ['Straße', 'straße'],
    ];
    for (const [a, b] of same) expect([a, b, labelKey(a!)]).toEqual([a, b, labelKey(b!)]);
    for (const [a, b] of [
      ['Store 1', 'Store 2'],
      ['EU', 'US'],
      ['متجر', 'متجري'],
    ])
      expect(labelKey(a!)).not.toBe(labelKey(b!));
    expect(labelKey('anything')).toMatch(/^[0-9a-f]{64}$/);
  });
});
