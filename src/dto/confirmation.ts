import { Transform } from 'class-transformer';

/** A confirmation box or button: `1`, `true` or `on` (as forms send it) is yes; anything else is no. */
export function ToConfirmation(): PropertyDecorator {
  return Transform(
    ({ value }: { value: unknown }) => value === true || value === '1' || value === 'true' || value === 'on',
  );
}
