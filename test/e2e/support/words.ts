import { readFileSync } from 'node:fs';

const FOLDERS = [
  new URL('../../../packages/host/locales/', import.meta.url),
  new URL('../../../locales/', import.meta.url),
  new URL('../../../packages/bigcommerce-jobs/locales/', import.meta.url),
];

/**
 * What the admin says in one language, from the shipped translation files (host and modules):
 * a browser test asserts the words a user of that language reads, placeholders filled.
 */
export function wordsOf(locale: string): (key: string, params?: Readonly<Record<string, string>>) => string {
  const messages: Record<string, string> = {};
  for (const folder of FOLDERS)
    Object.assign(messages, JSON.parse(readFileSync(new URL(`${locale}.json`, folder), 'utf8')) as object);
  return (key, params = {}) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`No message ${key} in ${locale}.`);
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  };
}
