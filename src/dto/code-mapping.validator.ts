import { ValidateBy, type ValidationOptions } from 'class-validator';

import { hasInvisibleOrControl } from '../domain.js';

const MAX_ENTRIES = 500;
const MAX_CODE = 64;

/** A plain object of short string codes to short string codes (empty values mean "unmapped"). */
export function IsCodeMapping(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCodeMapping',
      validator: {
        validate(value: unknown): boolean {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          return (
            entries.length <= MAX_ENTRIES &&
            entries.every(
              ([k, v]) =>
                k.length > 0 &&
                k.length <= MAX_CODE &&
                typeof v === 'string' &&
                v.length <= MAX_CODE &&
                !hasInvisibleOrControl(k) &&
                !hasInvisibleOrControl(v),
            )
          );
        },
      },
    },
    options,
  );
}
