/** The routes of the sandbox, as names faults are attached to. */
export type SandboxRoute =
  | 'store'
  | 'time'
  | 'currencies'
  | 'locale'
  | 'products'
  | 'products-write'
  | 'graphql'
  | 'channels'
  | 'currency-assignments';

/** Something going wrong on a route, injected by a test. */
export type SandboxFault =
  /** Answer with this status and a real-looking BigCommerce error body (v2 array on v2 routes). */
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly body?: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** 429 with the X-Rate-Limit-* and X-Retry-After headers. */
  | { readonly kind: 'rate-limit'; readonly resetMs: number; readonly withHeaders?: boolean }
  /** Answer normally after a delay. */
  | { readonly kind: 'latency'; readonly ms: number }
  /** Accept the request and never answer. */
  | { readonly kind: 'hang' }
  /** 200 with a body that is not JSON. */
  | { readonly kind: 'malformed' }
  /** A 301 to another place. */
  | { readonly kind: 'redirect'; readonly location: string };

/** A fault and how many more requests it applies to (Infinity: until cleared). */
export interface ArmedFault {
  readonly fault: SandboxFault;
  remaining: number;
}
