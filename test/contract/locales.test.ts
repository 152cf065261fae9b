import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['ar_AE', 'de_DE', 'en_US', 'es_ES', 'fr_FR', 'hi_IN', 'ru_RU', 'zh_CN'];
const FOLDERS = {
  module: new URL('../../locales/', import.meta.url),
  host: new URL('../../packages/host/locales/', import.meta.url),
  jobs: new URL('../../packages/bigcommerce-jobs/locales/', import.meta.url),
};

/** Names the BigCommerce control panel shows in English; users copy them from there. */
const KEPT_AS_IN_BIGCOMMERCE = new Set([
  'bigcommerce.credentials.form.client-id',
  'bigcommerce.credentials.form.client-secret',
]);

const read = (folder: URL, locale: string) =>
  JSON.parse(readFileSync(new URL(`${locale}.json`, folder), 'utf8')) as Record<string, string>;
/** A message with words to translate; one of placeholders and punctuation only reads the same everywhere. */
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{\w+\}/g, ''));
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(FOLDERS))('%s translations', (_name, folder) => {
  const source = read(folder, 'en_US');

  it('ship the eight languages of UnoPim connectors', () => {
    const files = readdirSync(fileURLToPath(folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(files).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en_US'))(
    '%s has exactly the keys of en_US, the same placeholders, and no empty message',
    (locale) => {
      const messages = read(folder, locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(source).sort());
      for (const [key, message] of Object.entries(messages)) {
        expect([key, message.trim().length > 0]).toEqual([key, true]);
        expect([key, placeholders(message)]).toEqual([key, placeholders(source[key]!)]);
      }
    },
  );

  it('translates rather than copies: most messages differ from English', () => {
    for (const locale of LANGUAGES.filter((l) => l !== 'en_US')) {
      const messages = read(folder, locale);
      const same = Object.keys(source).filter(
        (k) =>
          !KEPT_AS_IN_BIGCOMMERCE.has(k) && hasWords(source[k]!) && messages[k] === source[k] && source[k]!.length > 12,
      );
      expect([locale, same]).toEqual([locale, []]);
    }
  });
});
