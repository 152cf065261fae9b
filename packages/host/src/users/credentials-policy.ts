import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/** Shortest password a user may be given. */
export const MIN_PASSWORD_LENGTH = 12;
/** Lowest zxcvbn score (0–4) a password may have: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;
const MAX_PASSWORD_LENGTH = 1024;
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

// Local part: anything printable but spaces and the characters e-mail syntax reserves; domain: DNS labels.
const EMAIL =
  // eslint-disable-next-line no-control-regex -- control characters are refused in the local part.
  /^[^\s@<>()[\]\\,;:"\u0000-\u001F\u007F-\u009F]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;

let estimator: ZxcvbnFactory | null = null;

/** Why `email` cannot name a user, or null when it can. */
export function emailProblem(email: string): string | null {
  if (email.length > 254 || !EMAIL.test(email))
    return `"${email.slice(0, 80)}" is not an e-mail address (name@example.com).`;
  return null;
}

/**
 * Why `password` is too weak, or null: at least {@link MIN_PASSWORD_LENGTH} characters, no control
 * characters, and a zxcvbn score of at least {@link MIN_PASSWORD_SCORE} against its dictionaries
 * of common passwords, names and keyboard patterns.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (CONTROL.test(password)) return 'The password must not contain control characters.';
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const result = estimator.check(password);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join('; ');
  return `The password is too easy to guess (strength ${result.score} of 4, at least ${MIN_PASSWORD_SCORE} needed)${hint ? `: ${hint}` : ''}.`;
}
