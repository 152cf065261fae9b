import { inject, injectable } from 'inversify';

import {
  KERNEL_CURRENT_USER,
  KERNEL_TRANSLATOR,
  type CurrentUser,
  type MessageParams,
  type Translator,
} from '@pim/kernel';

import type { MessageKey } from './message-key.js';

/** The module's words for the current user: its messages, and times in their locale. */
@injectable()
export class JobText {
  constructor(
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
    @inject(KERNEL_CURRENT_USER) private readonly user: CurrentUser,
  ) {}

  t(key: MessageKey, params: MessageParams = {}): string {
    return this.translator.translate(key, params);
  }

  /** A date and time as the current user's locale writes them. */
  time(at: Date): string {
    const locale = (this.user.get()?.locale ?? 'en_US').replace('_', '-');
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  }
}
