import { SECRET_MASK, type FormResult, type FormSchema } from '@pim/kernel';

import type { FailedSubmit } from '../security/session-store.js';

/** More than any real form holds; a larger submit keeps its errors but not what was typed. */
const MAX_KEPT_CHARS = 48_000;

/**
 * What a failed submit leaves for its page after the redirect: the errors, what was typed without
 * the secrets, which secret fields held a value (cleared for safety), and an override question.
 */
export function failedSubmit(
  schema: FormSchema,
  path: string,
  submitted: Readonly<Record<string, unknown>>,
  result: Extract<FormResult, { ok: false }>,
): FailedSubmit {
  const secrets = new Set(
    schema.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.secret)
      .map((f) => f.name),
  );
  const kept = Object.fromEntries(Object.entries(submitted).filter(([name]) => !secrets.has(name)));
  const clearedSecrets = [...secrets].filter((name) => {
    const value = submitted[name];
    return typeof value === 'string' && value.trim() !== '' && value !== SECRET_MASK;
  });
  return {
    path,
    errors: result.errors,
    submitted: JSON.stringify(kept).length <= MAX_KEPT_CHARS ? kept : null,
    clearedSecrets,
    ...(result.confirm ? { confirm: result.confirm } : {}),
  };
}
