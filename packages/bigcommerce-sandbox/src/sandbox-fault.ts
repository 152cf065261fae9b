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
  | { readonly kind: 'redirect'; readonly location: string }
  /**
   * 200 with a JSON body of `bytes` bytes: its length announced in `Content-Length`, or not (sent
   * chunked, as a store streaming an endless answer would).
   */
  | { readonly kind: 'oversize'; readonly bytes: number; readonly announced: boolean };

/** A fault and how many more requests it applies to (Infinity: until cleared). */
export interface ArmedFault {
  readonly fault: SandboxFault;
  remaining: number;
}

/** How a fault reaches the wire: a status with headers and a body (text), or nothing yet (`hang`, `latency`). */
export type FaultAnswer =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: string;
    }
  | { readonly kind: 'hang' }
  | { readonly kind: 'delay'; readonly ms: number };

/**
 * What an armed fault answers on a route: `errorBody` gives the real-looking error body of a
 * status on this route (v2 or v3 shaped), `quota` the rate-limit headers of an exhausted window.
 */
export function faultAnswer(
  fault: SandboxFault,
  errorBody: (status: number) => unknown,
  quota: (resetMs: number) => Record<string, string>,
): FaultAnswer {
  const json = { 'content-type': 'application/json' };
  switch (fault.kind) {
    case 'hang':
      return { kind: 'hang' };
    case 'latency':
      return { kind: 'delay', ms: fault.ms };
    case 'malformed':
      return { kind: 'answer', status: 200, headers: json, body: '{"data": [<html>Service Unavailable' };
    case 'redirect':
      return { kind: 'answer', status: 301, headers: { location: fault.location }, body: '' };
    case 'oversize': {
      const body = `{"data":"${'x'.repeat(Math.max(0, fault.bytes - 11))}"}`;
      return {
        kind: 'answer',
        status: 200,
        headers: fault.announced ? json : { ...json, 'transfer-encoding': 'chunked' },
        body,
      };
    }
    case 'rate-limit': {
      const headers =
        fault.withHeaders === false
          ? {}
          : { ...quota(fault.resetMs), 'x-retry-after': String(Math.ceil(fault.resetMs / 1000)) };
      return { kind: 'answer', status: 429, headers: { ...json, ...headers }, body: JSON.stringify(errorBody(429)) };
    }
    case 'status': {
      const payload =
        fault.body === undefined ? (fault.status === 204 ? undefined : errorBody(fault.status)) : fault.body;
      const body = payload === undefined ? '' : JSON.stringify(payload);
      return { kind: 'answer', status: fault.status, headers: { ...(body ? json : {}), ...fault.headers }, body };
    }
  }
}
