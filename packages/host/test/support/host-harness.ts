import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import bigcommerceModule from '../../../../src/index.js';
import bigcommerceJobsModule from '../../../bigcommerce-jobs/src/index.js';
import { bootHost, buildApp, hostLocalesDir, readHostConfig, type HostKernel } from '@pim/reference-host';
import { RecordingLogger } from '@pim/kernel/testing';

export const HOST_LOCALES = hostLocalesDir();
export const ADMIN_PASSWORD = 'harness-admin-password';

/** A response with what tests look at: status, headers, cookies set, body. */
export interface HttpResult {
  readonly statusCode: number;
  readonly headers: Headers;
  readonly cookies: { name: string; value: string; httpOnly: boolean; sameSite: string | null }[];
  readonly body: string;
  json<T = any>(): T;
}

/** Real HTTP against a listening host (no redirects followed). */
export type HttpClient = (
  method: string,
  url: string,
  options?: { headers?: Record<string, string>; form?: Record<string, string>; body?: string },
) => Promise<HttpResult>;

/** Real HTTP against `base`, with the response parts tests look at. */
export function httpClient(base: string): HttpClient {
  return async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined = options.body;
    if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const response = await fetch(new URL(url, base), { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    const cookies = response.headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(';').map((p) => p.trim());
      const [name, value] = pair!.split('=');
      const sameSite = attributes.find((a) => /^samesite=/i.test(a))?.split('=')[1] ?? null;
      return { name: name!, value: value ?? '', httpOnly: attributes.some((a) => /^httponly$/i.test(a)), sameSite };
    });
    return {
      statusCode: response.status,
      headers: response.headers,
      cookies,
      body: text,
      json: () => JSON.parse(text),
    };
  };
}

/** The reference host in-process (the modules passed directly), listening on a free local port. */
export async function startHostHarness(env: Record<string, string> = {}): Promise<{
  kernel: HostKernel;
  app: Awaited<ReturnType<typeof buildApp>>;
  http: HttpClient;
  logger: RecordingLogger;
  dataDir: string;
  close(): Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pim-host-'));
  const logger = new RecordingLogger();
  const config = readHostConfig({ PIM_DATA_DIR: dataDir, PIM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env });
  const kernel = await bootHost(config, {
    modules: [bigcommerceModule, bigcommerceJobsModule],
    logger,
    hostLocalesDir: HOST_LOCALES,
  });
  const app = await buildApp(kernel);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    kernel,
    app,
    http: httpClient(address),
    logger,
    dataDir,
    async close() {
      await app.close();
      await kernel.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form; returns the session cookie and the CSRF token of its pages. */
export async function signIn(
  http: HttpClient,
  email = 'admin@example.com',
  password = ADMIN_PASSWORD,
): Promise<{ cookie: string; csrf: string }> {
  const form = await http('GET', '/admin/login');
  const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const loginCookie = form.cookies.find((c) => c.name === 'pim_login_csrf')!;
  const response = await http('POST', '/admin/login', {
    headers: { cookie: `pim_login_csrf=${loginCookie.value}` },
    form: { _csrf: loginCsrf, email, password },
  });
  const session = response.cookies.find((c) => c.name === 'pim_session');
  if (!session) throw new Error(`sign-in failed with ${response.statusCode}`);
  const cookie = `pim_session=${session.value}`;
  const page = await http('GET', '/admin/bigcommerce/credentials', { headers: { cookie } });
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)![1]! };
}

/** A credential created through the create form, for one store (a second one for it saved anyway); its id. */
export async function createCredential(
  http: HttpClient,
  auth: { cookie: string; csrf: string },
  credential: { label: string; apiUrl: string; accessToken: string },
): Promise<string> {
  const response = await http('POST', '/admin/bigcommerce/credentials', {
    headers: { cookie: auth.cookie, accept: 'application/json' },
    form: {
      _csrf: auth.csrf,
      ...credential,
      clientId: 'c',
      clientSecret: 'shh-secret',
      status: 'active',
      confirmSameStore: '1',
    },
  });
  if (response.statusCode !== 200) throw new Error(`create answered ${response.statusCode}: ${response.body}`);
  return /credentials\/(\d+)\/edit/.exec(response.json<{ redirect_url: string }>().redirect_url)![1]!;
}
