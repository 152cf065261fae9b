import type { MessageParams, Messages, Translator } from '@pim/kernel';

export const FALLBACK_LOCALE = 'en_US';

/**
 * Translates from the messages modules registered: the asked locale, else the current user's,
 * else en_US, else the key itself. `{name}` placeholders take `params.name`.
 */
export class MessageTranslator implements Translator {
  readonly #messages: ReadonlyMap<string, Messages>;
  readonly #currentLocale: () => string;

  constructor(messages: ReadonlyMap<string, Messages>, currentLocale: () => string = () => FALLBACK_LOCALE) {
    this.#messages = messages;
    this.#currentLocale = currentLocale;
  }

  translate(key: string, params: MessageParams = {}, locale?: string): string {
    const template =
      this.#messages.get(locale ?? this.#currentLocale())?.[key] ?? this.#messages.get(FALLBACK_LOCALE)?.[key] ?? key;
    // Most messages have no placeholder: a page asks for a hundred of them.
    if (!template.includes('{')) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }
}
