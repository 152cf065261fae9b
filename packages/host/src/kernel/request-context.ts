import { AsyncLocalStorage } from 'node:async_hooks';

import type { CurrentUser, PimUser } from '@pim/kernel';

/** The user of the request being served, carried through async calls. */
export class RequestContext implements CurrentUser {
  readonly #storage = new AsyncLocalStorage<PimUser>();

  /** Runs `work` (and everything it starts) as `user`'s. */
  run<T>(user: PimUser | null, work: () => T): T {
    return user === null ? work() : this.#storage.run(user, work);
  }

  get(): PimUser | null {
    return this.#storage.getStore() ?? null;
  }
}
