/*
 * What a credential's token may do: the one home of the idea. The verification builds it from
 * its probes, the database keeps it (and indexes three flags of it), the job filter asks it, and
 * the public contract derives its types from here. This file imports nothing of the module.
 */

/** What a verification proved the access token may do. @public */
export interface Capabilities {
  /** Store information read (`GET v2/store` answered): always true for a saved credential. */
  readonly informationRead: boolean;
  /** Products read (`GET v3/catalog/products` answered). */
  readonly productsRead: boolean;
  /** `null` when the write probe was switched off or inconclusive. */
  readonly productsWrite: boolean | null;
  /**
   * Channel Settings read (`GET v3/channels` answered): the store's storefronts can be listed and
   * chosen. `null` when unknown (not asked yet, or the call failed for another reason).
   */
  readonly channelsRead?: boolean | null;
  /**
   * The write probe met a limit of the store's plan (507, e.g. its product count,
   * `docs/start/about/status-codes.mdx`): the token may write, but new products are refused.
   */
  readonly planLimitReached?: boolean;
}

/**
 * The capabilities a job may require of a credential: `products:modify` (exports write products),
 * `products:read` (imports read them), `channels:read` (the token lists the store's storefronts).
 * @public
 */
export const CAPABILITY_NAMES = ['products:modify', 'products:read', 'channels:read'] as const;

/** A capability a job may require. @public */
export type CapabilityName = (typeof CAPABILITY_NAMES)[number];

/** The flag of {@link Capabilities} each required capability needs to be `true`. */
export const CAPABILITY_FLAGS = {
  'products:modify': 'productsWrite',
  'products:read': 'productsRead',
  'channels:read': 'channelsRead',
} as const satisfies Record<CapabilityName, keyof Capabilities>;

/** What the verification's answers prove, each a status or the outcome of a read. */
export interface Probes {
  /** `GET v2/store` and `GET v3/catalog/products` both answered: read access is proven. */
  readonly readsProved: true;
  /** The write probe's status; null when it was switched off or did not answer. */
  readonly writeStatus: number | null;
  /** Whether `GET v3/channels` answered (true), was refused for a missing scope (false), or failed (null). */
  readonly channelsReadable?: boolean | null;
}

/**
 * The capabilities the probes prove. The write probe (`POST v3/catalog/products` with an empty
 * body) answers 400 / 422 (refused as incomplete) or 2xx when the token may write, 403 when it may
 * not, 507 when it may but the store is at a limit of its plan; anything else proves nothing.
 */
export function fromProbes(probes: Probes): Capabilities {
  const status = probes.writeStatus;
  const writable =
    status === null
      ? null
      : status === 400 || status === 422 || (status >= 200 && status < 300) || status === 507
        ? true
        : status === 403
          ? false
          : null;
  return {
    informationRead: true,
    productsRead: true,
    productsWrite: writable,
    ...(probes.channelsReadable === undefined ? {} : { channelsRead: probes.channelsReadable }),
    ...(status === 507 ? { planLimitReached: true } : {}),
  };
}

/** Whether `capabilities` has what `required` names (nothing required: always). */
export function satisfies(capabilities: Capabilities | null, required: CapabilityName | undefined): boolean {
  return required === undefined || capabilities?.[CAPABILITY_FLAGS[required]] === true;
}

/** `raw` as a capability name, or undefined when it is none. */
export function capabilityName(raw: unknown): CapabilityName | undefined {
  return CAPABILITY_NAMES.find((name) => name === raw);
}
