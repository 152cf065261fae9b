import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

import { MAX_STOREFRONTS } from '../domain.js';

const CHANNEL_ID = /^[1-9][0-9]{0,9}$/;

/**
 * A list of channel ids as a form sends it (`channelIds[]=1&channelIds[]=2`, after an empty
 * `channelIds[]` that makes "none ticked" a value) or as JSON numbers: blanks dropped, each id
 * canonical, at most {@link MAX_STOREFRONTS}. Anything else is left for {@link IsChannelIds} to refuse.
 */
export function ToChannelIds(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length > MAX_STOREFRONTS + 1) return value;
    const ids = list
      .map((item: unknown) => (typeof item === 'number' ? String(item) : item))
      .filter((item) => item !== '');
    if (!ids.every((item) => typeof item === 'string' && CHANNEL_ID.test(item))) return value;
    return [...new Set(ids.map(Number))];
  });
}

/** A list of distinct channel ids (after {@link ToChannelIds}). */
export function IsChannelIds(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isChannelIds',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= MAX_STOREFRONTS &&
          value.every((id) => Number.isSafeInteger(id) && id > 0),
      },
    },
    options,
  );
}
