import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

import type { ArmedFault, SandboxFault, SandboxRoute } from './sandbox-fault.js';
import { channelList, channelLocales, currencyAssignments } from './sandbox-channels.js';
import { currencyList, errorBody, rateLimitHeaders, storeInformation, v3Error } from './sandbox-responses.js';
import { RateWindows } from './sandbox-rate-limit.js';
import { parseJson, readBody } from './sandbox-request-body.js';
import { ROUTES } from './sandbox-routes.js';
import type { Sandbox, SandboxOptions, SandboxRequest } from './sandbox-api.js';
import type { ScopeLevel, SandboxStore, SandboxToken } from './sandbox-store.js';

const LEVEL: Readonly<Record<ScopeLevel, number>> = { none: 0, read: 1, modify: 2 };
const PATH = /^\/stores\/([^/]+)\/(.+?)\/?$/;
/** The request log keeps the newest entries only, so a long-running `npm run sandbox` stays small. */
const MAX_LOGGED_REQUESTS = 10_000;

/** Starts a local HTTP server that answers like the parts of the BigCommerce API the module calls. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const stores = new Map(options.stores.map((s) => [s.hash, s]));
  const faults = new Map<string, ArmedFault>();
  const requests: SandboxRequest[] = [];
  const sockets = new Set<Socket>();
  const windows = new RateWindows();

  const takeFault = (hash: string, route: SandboxRoute): SandboxFault | null => {
    for (const key of [`${hash}|${route}`, `*|${route}`]) {
      const armed = faults.get(key);
      if (armed === undefined) continue;
      armed.remaining -= 1;
      if (armed.remaining <= 0) faults.delete(key);
      return armed.fault;
    }
    return null;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    quota: Record<string, string> = rateLimitHeaders(150, 150, 30_000),
  ): void => {
    const payload = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...quota, ...(payload ? { 'content-type': 'application/json' } : {}), ...headers });
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const match = PATH.exec(url.pathname);
    const spec = match ? ROUTES.find((r) => r.method === req.method && r.path === match[2]) : undefined;
    const hash = match?.[1] ?? null;
    const tokenHeader = req.headers['x-auth-token'];
    if (requests.length >= MAX_LOGGED_REQUESTS) requests.shift();
    const entry: { -readonly [K in keyof SandboxRequest]: SandboxRequest[K] } = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      route: spec?.route ?? null,
      hash,
      hadToken: typeof tokenHeader === 'string' && tokenHeader !== '',
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      status: null,
    };
    requests.push(entry);
    const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, string>) => ServerResponse;
    res.writeHead = ((status: number, headers?: Record<string, string>) => {
      entry.status = status;
      return writeHead(status, headers);
    }) as typeof res.writeHead;
    const body = await readBody(req);
    if (!spec || hash === null) return send(res, 404, errorBody(404, 'v2'));

    const fault = takeFault(hash, spec.route);
    if (fault !== null) {
      switch (fault.kind) {
        case 'hang':
          return; // the socket stays open until the client gives up or the sandbox closes
        case 'latency':
          await new Promise((resolve) => setTimeout(resolve, fault.ms));
          break;
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end('{"data": [<html>Service Unavailable');
        case 'redirect':
          return send(res, 301, undefined, { location: fault.location });
        case 'rate-limit': {
          const headers: Record<string, string> =
            fault.withHeaders === false
              ? {}
              : {
                  ...rateLimitHeaders(150, 0, fault.resetMs),
                  'x-retry-after': String(Math.ceil(fault.resetMs / 1000)),
                };
          res.writeHead(429, { 'content-type': 'application/json', ...headers });
          return void res.end(JSON.stringify(errorBody(429, spec.version)));
        }
        case 'status': {
          const payload =
            fault.body === undefined
              ? fault.status === 204
                ? undefined
                : errorBody(fault.status, spec.version)
              : fault.body;
          // A hand-made 429 carries only the headers the test gave it.
          if (fault.status === 429) {
            res.writeHead(429, { 'content-type': 'application/json', ...fault.headers });
            return void res.end(JSON.stringify(payload));
          }
          return send(res, fault.status, payload, { ...fault.headers });
        }
      }
    }

    const store = stores.get(hash);
    if (store === undefined) {
      const status = options.unknownStoreStatus ?? 404;
      return send(res, status, errorBody(status, spec.version));
    }
    const quota = windows.take(store);
    if (quota.exceeded) {
      res.writeHead(429, { 'content-type': 'application/json', ...quota.headers });
      return void res.end(JSON.stringify(errorBody(429, spec.version)));
    }
    const token = store.tokens.find((t) => t.token === tokenHeader);
    const sendCounted: Send = (r, status, payload, headers = {}) => send(r, status, payload, headers, quota.headers);
    if (token === undefined) return sendCounted(res, 401, errorBody(401, spec.version));
    answer(res, spec.route, store, token, body, sandbox.origin, sendCounted);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorBody(500, 'v3'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The sandbox did not get a TCP port.');

  const sandbox: Sandbox = {
    origin: `http://127.0.0.1:${address.port}`,
    apiUrl: (hash) => `http://127.0.0.1:${address.port}/stores/${hash}/v3/`,
    requests,
    addStore: (store) => void stores.set(store.hash, store),
    fault: (hash, route, fault, times = Number.POSITIVE_INFINITY) =>
      void faults.set(`${hash}|${route}`, { fault, remaining: times }),
    clearFaults: () => faults.clear(),
    clearRequests: () => void requests.splice(0),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sandbox;
}

type Send = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void;

function needs(token: SandboxToken, scope: 'information' | 'products' | 'channels', level: ScopeLevel): boolean {
  return LEVEL[token[scope] ?? 'none'] >= LEVEL[level];
}

function answer(
  res: ServerResponse,
  route: SandboxRoute,
  store: SandboxStore,
  token: SandboxToken,
  body: string,
  origin: string,
  send: Send,
): void {
  const forbidden = () => send(res, 403, v3Error(403, "You don't have a required scope to access the endpoint"));
  switch (route) {
    case 'time':
      return send(res, 200, { time: Math.floor(Date.now() / 1000) });
    case 'store':
      return needs(token, 'information', 'read') ? send(res, 200, storeInformation(store, origin)) : forbidden();
    case 'currencies':
      if (!needs(token, 'information', 'read')) return forbidden();
      return store.currencies.length === 0 ? send(res, 204, undefined) : send(res, 200, currencyList(store.currencies));
    case 'locale':
      if (!needs(token, 'information', 'read')) return forbidden();
      return send(res, 200, {
        data: {
          default_shopper_language: store.defaultLanguage,
          shopper_language_selection_method: 'default_shopper_language',
          store_country: 'United States',
        },
        meta: {},
      });
    case 'products':
      if (!needs(token, 'products', 'read')) return forbidden();
      return send(res, 200, {
        data: [{ id: 111 }],
        meta: {
          pagination: {
            total: 1,
            count: 1,
            per_page: 1,
            current_page: 1,
            total_pages: 1,
            links: { current: '?page=1&limit=1' },
          },
        },
      });
    case 'products-write': {
      if (!needs(token, 'products', 'modify')) return forbidden();
      const product = parseJson(body) as Record<string, unknown> | null;
      const missing = ['name', 'type', 'weight', 'price'].filter(
        (field) => product === null || product[field] === undefined,
      );
      if (missing.length > 0)
        return send(
          res,
          422,
          v3Error(
            422,
            'JSON data is missing or invalid',
            Object.fromEntries(missing.map((f) => [f, 'error.path.missing'])),
          ),
        );
      return send(res, 200, { data: { id: 112, ...product }, meta: {} });
    }
    case 'graphql':
      if (!needs(token, 'information', 'read') || store.graphqlLocales === 'forbidden') return forbidden();
      return send(res, 200, channelLocales(store, body));
    case 'channels':
      return needs(token, 'channels', 'read') ? send(res, 200, channelList(store)) : forbidden();
    case 'currency-assignments':
      return needs(token, 'channels', 'read') ? send(res, 200, currencyAssignments(store)) : forbidden();
  }
}
