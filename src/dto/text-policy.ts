import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

import { cleanText, hasInvisibleOrControl } from '../domain.js';

/** Cleans strings (see {@link cleanText}); leaves anything else to the validators. */
export function CleanText(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanText(value) : value));
}

/** Refuses invisible and control characters, which make two labels look alike or a value lie about itself. */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlainText',
      validator: { validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleOrControl(value) },
    },
    options,
  );
}
