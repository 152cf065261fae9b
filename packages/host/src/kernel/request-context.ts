import { AsyncLocalStorage } from 'node:async_hooks';

import type { CurrentUser, PimUser } from '@pim/kernel';

/** The user of the request being served, carried through async calls. */
export class RequestContext implements CurrentUser {
  readonly #storage = new AsyncLocalStorage<PimUser>();

  run<T>(user: PimUser | null, work: () => Promise<T>): Promise<T> {
    return user === null ? work() : this.#storage.run(user, work);
  }

  get(): PimUser | null {
    return this.#storage.getStore() ?? null;
  }
}
