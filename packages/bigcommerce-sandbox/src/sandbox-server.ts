import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

import { answer } from './sandbox-answers.js';
import { faultAnswer, type ArmedFault, type SandboxFault, type SandboxRoute } from './sandbox-fault.js';
import { checkQuery } from './sandbox-query.js';
import { errorBody, rateLimitHeaders, SUSPENDED_TITLE, v2Error, v3Error } from './sandbox-responses.js';
import { RateWindows } from './sandbox-rate-limit.js';
import { readBody } from './sandbox-request-body.js';
import { ROUTES, type RouteSpec } from './sandbox-routes.js';
import type { Sandbox, SandboxOptions, SandboxRequest } from './sandbox-api.js';
import { checkStore, type SandboxStore } from './sandbox-store.js';

const PATH = /^\/stores\/([^/]+)\/(.+?)\/?$/;
/** The request log keeps the newest entries only, so a long-running `npm run sandbox` stays small. */
const MAX_LOGGED_REQUESTS = 10_000;
const FULL_QUOTA = rateLimitHeaders(150, 150, 30_000);

type LogEntry = { -readonly [K in keyof SandboxRequest]: SandboxRequest[K] };
/** Writes one answer: status, headers (the quota's first, then the answer's own) and a body of text. */
type Write = (status: number, headers: Record<string, string>, body: string) => void;

/** What the sandbox keeps while it runs: its stores, armed faults, request log and quota windows. */
class SandboxState {
  readonly stores: Map<string, SandboxStore>;
  readonly faults = new Map<string, ArmedFault>();
  readonly requests: SandboxRequest[] = [];
  readonly windows = new RateWindows();
  origin = '';

  constructor(readonly options: SandboxOptions) {
    this.stores = new Map(options.stores.map((s) => [s.hash, checkStore(s)]));
  }

  /** The fault armed for this store and route (or for every store), counted down. */
  takeFault(hash: string, route: SandboxRoute): SandboxFault | null {
    for (const key of [`${hash}|${route}`, `*|${route}`]) {
      const armed = this.faults.get(key);
      if (armed === undefined) continue;
      armed.remaining -= 1;
      if (armed.remaining <= 0) this.faults.delete(key);
      return armed.fault;
    }
    return null;
  }

  log(req: IncomingMessage, url: URL, spec: RouteSpec | undefined, hash: string | null): LogEntry {
    if (this.requests.length >= MAX_LOGGED_REQUESTS) this.requests.shift();
    const token = req.headers['x-auth-token'];
    const entry: LogEntry = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      route: spec?.route ?? null,
      hash,
      hadToken: typeof token === 'string' && token !== '',
      hadClientId: req.headers['x-auth-client'] !== undefined,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      contentType: req.headers['content-type'],
      status: null,
    };
    this.requests.push(entry);
    return entry;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const match = PATH.exec(url.pathname);
    const spec = match ? ROUTES.find((r) => r.method === req.method && r.path === match[2]) : undefined;
    const hash = match?.[1] ?? null;
    const entry = this.log(req, url, spec, hash);
    const record = this.options.recordBodies === true;
    const write: Write = (status, headers, body) => {
      entry.status = status;
      if (record) entry.responseBody = body;
      res.writeHead(status, { ...(body === '' ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(body);
    };
    const body = await readBody(req);
    if (record) entry.body = body;
    if (!spec || hash === null) return write(404, FULL_QUOTA, JSON.stringify(errorBody(404, 'v2')));
    const fault = this.takeFault(hash, spec.route);
    if (fault !== null && !(await applyFault(fault, spec, write))) return;
    const store = this.stores.get(hash);
    if (store === undefined) {
      const status = this.options.unknownStoreStatus ?? 404;
      return write(status, FULL_QUOTA, JSON.stringify(errorBody(status, spec.version)));
    }
    await this.answerStore(store, { req, url, spec, body }, write);
  }

  /** The store's own answer: suspended, over its quota, an unknown token, a refused query, or the route's answer. */
  async answerStore(
    store: SandboxStore,
    request: { req: IncomingMessage; url: URL; spec: RouteSpec; body: string },
    write: Write,
  ): Promise<void> {
    const { req, url, spec, body } = request;
    if (store.suspended === true) return write(503, {}, JSON.stringify(v3Error(503, SUSPENDED_TITLE)));
    const quota = this.windows.take(store);
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      write(status, { ...quota.headers, ...headers }, payload === undefined ? '' : JSON.stringify(payload));
    if (quota.exceeded) return json(429, errorBody(429, spec.version));
    const token = store.tokens.find((t) => t.token === req.headers['x-auth-token']);
    if (token === undefined) return json(401, errorBody(401, spec.version));
    const refusal = checkQuery(spec.route, url.searchParams);
    if (refusal !== null) return json(refusal.status, refusalBody(spec, refusal));
    await answer({ route: spec.route, store, token, query: url.searchParams, body, origin: this.origin }, json);
  }
}

/** A refused query in the error shape of its API version (v3 with the status codes page as its type). */
function refusalBody(spec: RouteSpec, refusal: { status: number; title: string }): unknown {
  if (spec.version === 'v2') return v2Error(refusal.status, refusal.title);
  return { ...(v3Error(refusal.status, refusal.title) as object), type: '/api-docs/getting-started/api-status-codes' };
}

/** Starts a local HTTP server that answers like the parts of the BigCommerce API the module calls. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const state = new SandboxState(options);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    state.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(errorBody(500, 'v3')));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The sandbox did not get a TCP port.');
  const origin = (state.origin = `http://127.0.0.1:${address.port}`);
  return {
    origin,
    apiUrl: (hash) => `${origin}/stores/${hash}/v3/`,
    requests: state.requests,
    addStore: (store) => void state.stores.set(store.hash, checkStore(store)),
    fault: (hash, route, fault, times = Number.POSITIVE_INFINITY) =>
      void state.faults.set(`${hash}|${route}`, { fault, remaining: times }),
    clearFaults: () => state.faults.clear(),
    clearRequests: () => void state.requests.splice(0),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Answers an armed fault; true when the request should then be answered normally (after a
 * `latency`). A `hang` keeps the socket open until the client gives up or the sandbox closes.
 */
async function applyFault(fault: SandboxFault, spec: RouteSpec, write: Write): Promise<boolean> {
  const planned = faultAnswer(
    fault,
    (status) => errorBody(status, spec.version),
    (resetMs) => rateLimitHeaders(150, 0, resetMs),
  );
  if (planned.kind === 'hang') return false;
  if (planned.kind === 'delay') {
    await new Promise((resolve) => setTimeout(resolve, planned.ms));
    return true;
  }
  // A hand-made 429 carries only the headers the test gave it; other answers show a full quota.
  const quota = planned.status === 429 || fault.kind === 'malformed' ? {} : FULL_QUOTA;
  write(planned.status, { ...quota, ...planned.headers }, planned.body);
  return false;
}
