import { inject, injectable } from 'inversify';

import {
  KERNEL_CURRENT_USER,
  KERNEL_TRANSLATOR,
  type CurrentUser,
  type MessageParams,
  type Translator,
} from '@pim/kernel';

import type { MessageKey } from './message-key.js';
import { outcomeKey } from './outcome-label.js';

/** One formatter per locale: making one costs more than formatting a whole page of times. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: string): Intl.DateTimeFormat {
  let format = timeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    timeFormats.set(locale, format);
  }
  return format;
}

/** The admin's words for the current user: translated messages and times in their locale. */
@injectable()
export class UserText {
  constructor(
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
    @inject(KERNEL_CURRENT_USER) private readonly user: CurrentUser,
  ) {}

  /** The module message `key` with its `{placeholders}` filled. */
  t(key: MessageKey, params: MessageParams = {}): string {
    return this.translator.translate(key, params);
  }

  /**
   * The outcome of a connection check as people read it ("Connected", "Token revoked", "Missing
   * scope: Products"…): never the raw code. Null is "Never checked"; a code this version does not
   * know is "Failed".
   */
  outcome(code: string | null): string {
    return this.t(outcomeKey(code));
  }

  /** A date and time as the current user's locale writes them (e.g. "26 Nov 2026, 17:09"). */
  time(at: Date): string {
    const locale = (this.user.get()?.locale ?? 'en_US').replace('_', '-');
    return timeFormat(locale).format(at);
  }
}
