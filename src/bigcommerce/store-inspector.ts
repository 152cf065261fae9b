import { inject, injectable } from 'inversify';

import { KERNEL_CLOCK, type Clock } from '@pim/kernel';

import type { StoreListsSnapshot } from '../domain.js';
import { normalizeApiUrl, type NormalizedApiUrl } from './api-url.js';
import { BigcommerceClientFactory, type StoreConnection } from './bigcommerce-client.factory.js';
import { toSnapshot } from './store-lists-snapshot.js';
import { StoreListsReader, type StoreLists } from './store-lists.reader.js';
import { StoreVerifier, type StoreInformation, type VerificationTarget, type VerifiedStore } from './store-verifier.js';

/** A reading of the store's lists: the snapshot to keep, and what could not be read. */
export interface ListsReading {
  /** Null when nothing is known: neither list could be read, and none was known before. */
  readonly lists: StoreListsSnapshot | null;
  readonly problems: StoreLists['problems'];
  /** Whether the token may list the store's channels (null: the call failed otherwise). */
  readonly channelsReadable: boolean | null;
}

/** A verified store (its capabilities include what reading the channels proved), what was read of its lists, and when. */
export interface Inspection {
  readonly store: VerifiedStore;
  readonly reading: ListsReading;
  readonly at: Date;
}

/**
 * What the module asks BigCommerce about a store, in one place: the API URL rules for this host's
 * allowed origins, verification (three probes) and the store's lists (currencies, languages,
 * channels), all at once when both are needed.
 */
@injectable()
export class StoreInspector {
  constructor(
    @inject(StoreVerifier) private readonly verifier: StoreVerifier,
    @inject(StoreListsReader) private readonly lists: StoreListsReader,
    @inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory,
    @inject(KERNEL_CLOCK) private readonly clock: Clock,
  ) {}

  /** The canonical API URL, refused (a field error) unless its origin is allowed on this host. */
  normalize(apiUrl: string): NormalizedApiUrl {
    return normalizeApiUrl(apiUrl, this.clients.allowedOrigins());
  }

  /**
   * Verifies the store (throws a BigcommerceError) while reading its lists: the three probes and
   * the list reads at once, then the storefronts' languages; a list that fails keeps its
   * `previous` value. `at` is when it was done.
   */
  async inspect(target: VerificationTarget, previous: StoreListsSnapshot | null): Promise<Inspection> {
    const at = this.clock.now();
    const verified = this.verifier.verify(target);
    // The lists wait for verification before asking more of the store: a refused one stops them.
    const [store, reading] = await Promise.all([verified, this.#read(target, previous, verified)]);
    const capabilities = { ...store.capabilities, channelsRead: reading.channelsReadable };
    return { store: { ...store, capabilities }, reading, at };
  }

  /**
   * The store's lists (with `GET v2/store` for its defaults); a list that cannot be read keeps its
   * `previous` value and is named in `problems`.
   */
  readLists(connection: VerificationTarget, previous: StoreListsSnapshot | null): Promise<ListsReading> {
    return this.#read(connection, previous, this.verifier.storeInformation(connection));
  }

  async #read(
    connection: StoreConnection,
    previous: StoreListsSnapshot | null,
    info: Promise<StoreInformation | null>,
  ): Promise<ListsReading> {
    const lists = await this.lists.read(connection, info);
    return {
      lists: toSnapshot(lists, this.clock.now(), previous),
      problems: lists.problems,
      channelsReadable: lists.channelsReadable,
    };
  }
}
