import type { SandboxFault, SandboxRoute } from './sandbox-fault.js';
import type { SandboxStore } from './sandbox-store.js';

/** One request the sandbox received; the token itself is not kept. */
export interface SandboxRequest {
  readonly method: string;
  readonly path: string;
  readonly route: SandboxRoute | null;
  readonly hash: string | null;
  readonly hadToken: boolean;
  readonly accept: string | undefined;
  readonly userAgent: string | undefined;
  readonly contentType: string | undefined;
  /** Whether the request carried the deprecated `X-Auth-Client` header (the client id). */
  readonly hadClientId: boolean;
  /** The status it was answered with; null while unanswered (or for a hang). */
  readonly status: number | null;
  /** With `recordBodies`: the request body as text (the first 64 KiB). */
  readonly body?: string;
  /** With `recordBodies`: the answer's body as text ('' for none); undefined while unanswered. */
  readonly responseBody?: string;
}

export interface SandboxOptions {
  readonly stores: readonly SandboxStore[];
  /** What an unknown store hash gets; BigCommerce's answer is not documented (403 or 404). */
  readonly unknownStoreStatus?: 403 | 404;
  readonly port?: number;
  /** Keep each request's and answer's body in {@link Sandbox.requests} (for contract tests). */
  readonly recordBodies?: boolean;
}

/** A running sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>`: add it to the module's allowed origins. */
  readonly origin: string;
  /** The API URL of a store, as the control panel would show it. */
  apiUrl(hash: string): string;
  readonly requests: readonly SandboxRequest[];
  addStore(store: SandboxStore): void;
  /** Arms a fault on a route of one store (or of every store with `'*'` as the hash), for `times` requests. */
  fault(hash: string, route: SandboxRoute, fault: SandboxFault, times?: number): void;
  clearFaults(): void;
  clearRequests(): void;
  close(): Promise<void>;
}
