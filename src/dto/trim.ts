import { Transform } from 'class-transformer';

/** Trims strings (pasted values often carry spaces); leaves anything else for the validators. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
