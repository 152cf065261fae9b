import { AsyncLocalStorage } from 'node:async_hooks';

import { EventSubscriber, type BeforeQueryEvent, type EntitySubscriberInterface } from 'typeorm';

/** What the host knows about the request a piece of work belongs to. */
interface Lifetime {
  abandoned: boolean;
}

const lifetimes = new AsyncLocalStorage<Lifetime>();

/** A request was abandoned (its client left, or it ran past the response deadline): it may not touch the database again. */
export class RequestAbandonedError extends Error {
  override readonly name = 'RequestAbandonedError';
  constructor() {
    super('The request was abandoned; no further statement is sent for it.');
  }
}

/** One request's lifetime: `enter` runs its work (and all that work starts); `abandon` marks it abandoned from then on. */
export interface RequestLifetime {
  enter<T>(work: () => T): T;
  abandon(): void;
}

export function requestLifetime(): RequestLifetime {
  const lifetime: Lifetime = { abandoned: false };
  return {
    enter: (work) => lifetimes.run(lifetime, work),
    abandon: () => void (lifetime.abandoned = true),
  };
}

/**
 * Stops the statements of an abandoned request before they are sent: a write whose client is gone
 * is never carried out later, when a stalled database answers again. Only ROLLBACK passes, so a
 * transaction it had opened is undone rather than left open on a pooled connection.
 */
@EventSubscriber()
export class AbandonedRequestGuard implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    if (lifetimes.getStore()?.abandoned === true && !/^\s*ROLLBACK/i.test(event.query))
      throw new RequestAbandonedError();
  }
}
