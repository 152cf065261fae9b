import { inject, injectable } from 'inversify';

import {
  KERNEL_CURRENT_USER,
  KERNEL_TRANSLATOR,
  type CurrentUser,
  type MessageParams,
  type Translator,
} from '@pim/kernel';

import type { MessageKey } from '../i18n/message-key.js';

/** The admin's words for the current user: translated messages and times in their locale. */
@injectable()
export class AdminText {
  constructor(
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
    @inject(KERNEL_CURRENT_USER) private readonly user: CurrentUser,
  ) {}

  /** The module message `key` with its `{placeholders}` filled. */
  t(key: MessageKey, params: MessageParams = {}): string {
    return this.translator.translate(key, params);
  }

  /** A date and time as the current user's locale writes them (e.g. "26 Nov 2026, 17:09"). */
  time(at: Date): string {
    const locale = (this.user.get()?.locale ?? 'en_US').replace('_', '-');
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  }
}
