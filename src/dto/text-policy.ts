import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Characters a person cannot see, or that reorder what they see: control characters (C0, DEL,
 * C1), the soft hyphen, bidirectional marks, embeddings, overrides and isolates, zero-width
 * characters, word joiners, the line and paragraph separators and the byte-order mark.
 */
const INVISIBLE_OR_CONTROL = '\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF';
const ANY = new RegExp(`[${INVISIBLE_OR_CONTROL}]`, 'u');
const EVERY = new RegExp(`[${INVISIBLE_OR_CONTROL}]`, 'gu');

/** True when `text` has a character of {@link INVISIBLE_OR_CONTROL}. */
export function hasInvisibleOrControl(text: string): boolean {
  return ANY.test(text);
}

/** `text` without the characters of {@link INVISIBLE_OR_CONTROL}. */
export function stripInvisibleOrControl(text: string): string {
  return text.replace(EVERY, '');
}

/** Text as it is compared and stored: NFC (one encoding per accented letter), without surrounding spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}

/** Cleans strings (see {@link cleanText}); leaves anything else to the validators. */
export function CleanText(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanText(value) : value));
}

/** Refuses invisible and control characters, which make two labels look alike or a value lie about itself. */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isPlainText', validator: { validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleOrControl(value) } }, options);
}
