/**
 * The hostile-input fuzz's requests: inputs that broke or fooled the host before, and a
 * deterministic generator of requests to every route built from them.
 */

/** Inputs that broke or fooled the host before, and their relatives. */
export const HOSTILE = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '\u0000',
  'a\u0000b',
  '\r\nLocation: https://evil.example',
  '\u2028',
  '\u202Eevil',
  '\u200B',
  '0x1',
  '1e0',
  '+1',
  ' 1',
  '01',
  '-1',
  '0',
  '99999999999999999999',
  '../../etc/passwd',
  '//evil.example/admin',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%00',
  '😀'.repeat(40),
  'x'.repeat(3000),
  '',
  ' ',
  'null',
  'NaN',
];

/** A small deterministic generator (mulberry32), so a failing request can be replayed. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated request; `changes` when it could change state (a refusal must then change nothing). */
export interface HostileRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly changes: boolean;
}

/** What the requests are built around: a signed-in session, existing ids, a store and the sign-in form. */
export interface HostileContext {
  readonly auth: { readonly cookie: string; readonly csrf: string };
  readonly ids: readonly number[];
  readonly apiUrl: string;
  readonly token: string;
  readonly loginForm: { readonly csrf: string; readonly cookie: string };
}

const json = { accept: 'application/json' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const enc = encodeURIComponent;

/** A generator of hostile requests, each drawn from `next` (a seeded random source). */
export function hostileRequests(next: () => number, context: HostileContext): () => HostileRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const hostile = () => pick(HOSTILE);
  const maybe = (valid: string) => (next() < 0.5 ? valid : hostile());
  const anyId = () => (next() < 0.3 ? String(pick(context.ids)) : hostile());
  const { auth, loginForm } = context;
  const requests: (() => HostileRequest)[] = [
    () => ({
      method: 'GET',
      url: `/admin/bigcommerce/credentials?${enc(pick(['filters[all][]', 'filters[status][]', `filters[${hostile()}][]`, 'sort[column]', 'sort[order]', 'pagination[page]', 'pagination[per_page]', hostile()]))}=${enc(hostile())}`,
      headers: next() < 0.5 ? json : {},
      changes: false,
    }),
    () => ({
      method: 'GET',
      url: `/admin/bigcommerce/credentials/options?query=${enc(hostile())}&page=${enc(hostile())}&per_page=${enc(hostile())}&identifiers[values][]=${enc(anyId())}&capability=${enc(hostile())}`,
      headers: json,
      changes: false,
    }),
    () => ({
      method: 'GET',
      url: `/admin/${pick(['bigcommerce/store-currencies', 'bigcommerce/store-locales'])}/options?credentialId=${enc(anyId())}&query=${enc(hostile())}`,
      headers: json,
      changes: false,
    }),
    () => ({
      method: pick(['GET', 'HEAD']),
      url: `/admin/bigcommerce/credentials/${enc(anyId())}/edit`,
      headers: {},
      changes: false,
    }),
    () => {
      const fields: Record<string, string> = {
        _csrf: next() < 0.9 ? auth.csrf : hostile(),
        label: maybe(`Fuzz ${Math.floor(next() * 1e6)}`),
        apiUrl: maybe(context.apiUrl),
        clientId: maybe('client'),
        clientSecret: maybe('secret'),
        accessToken: maybe(context.token),
        status: maybe('active'),
      };
      if (next() < 0.2) fields[hostile()] = hostile();
      const asJson = next() < 0.4;
      return {
        method: 'POST',
        url: '/admin/bigcommerce/credentials',
        headers: {
          ...(asJson
            ? { 'content-type': 'application/json', 'x-csrf-token': enc(fields._csrf!) }
            : { 'content-type': 'application/x-www-form-urlencoded' }),
          ...(next() < 0.5 ? json : {}),
        },
        body: asJson
          ? JSON.stringify(next() < 0.2 ? { ...fields, label: [hostile(), { deep: hostile() }] } : fields)
          : form(fields),
        changes: true,
      };
    },
    () => {
      const fields: Record<string, string> = {
        _csrf: next() < 0.9 ? auth.csrf : hostile(),
        _method: 'PUT',
        version: maybe('1'),
        [pick([
          'label',
          'apiUrl',
          'clientId',
          'clientSecret',
          'accessToken',
          'status',
          'defaultCurrency',
          'defaultLocale',
          `localeMapping[${hostile()}]`,
          `currencyMapping[USD]`,
          hostile(),
        ])]: hostile(),
      };
      return {
        method: 'POST',
        url: `/admin/bigcommerce/credentials/${enc(anyId())}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(next() < 0.5 ? json : {}) },
        body: form(fields),
        changes: true,
      };
    },
    () => ({
      method: 'POST',
      url: `/admin/bigcommerce/credentials/${enc(hostile())}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ _csrf: auth.csrf, _method: pick(['DELETE', hostile()]) }),
      changes: true,
    }),
    () => ({
      method: 'POST',
      url: `/admin/bigcommerce/credentials/${enc(hostile())}/verify`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...json },
      body: form({ _csrf: maybe(auth.csrf) }),
      changes: true,
    }),
    () => ({
      method: 'POST',
      url: '/admin/jobs/bigcommerce-jobs.product-export',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: [
        `_csrf=${enc(auth.csrf)}&filters[credentials]=${enc(anyId())}&${enc(hostile())}=${enc(hostile())}`,
        `filters[${pick(['storefronts', 'locales', 'currencies'])}][]=${enc(hostile())}`,
        `filters[${pick(['productStatus', 'skus', hostile()])}]=${enc(hostile())}`,
      ].join('&'),
      changes: true,
    }),
    () => ({
      method: 'GET',
      url: `/admin/bigcommerce-jobs/${pick(['storefronts', 'locales', 'currencies', 'credentials'])}/options?credential=${enc(pick([anyId(), hostile()]))}&identifiers[values][]=${enc(hostile())}`,
      headers: json,
      changes: false,
    }),
    () => ({
      method: 'GET',
      url: `/admin/jobs/${pick(['bigcommerce-jobs.product-export', 'bigcommerce-jobs.product-import', enc(hostile())])}/check`,
      headers: pick([json, {}]),
      changes: false,
    }),
    () => ({
      method: 'POST',
      url: '/admin/locale',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: `https://${pick(['evil.example', '127.0.0.1'])}/${enc(hostile())}`,
      },
      body: form({ _csrf: maybe(auth.csrf), locale: maybe('de_DE') }),
      changes: true,
    }),
    () => ({
      method: 'POST',
      url: `/admin/login?next=${enc(hostile())}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${auth.cookie}; ${loginForm.cookie}` },
      body: form({
        _csrf: next() < 0.8 ? loginForm.csrf : hostile(),
        email: pick([hostile(), `${hostile()}@example.com`, 'nobody@example.com']),
        password: hostile(),
        next: hostile(),
      }),
      changes: true,
    }),
    () => ({
      method: pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
      url: `/admin/${enc(hostile())}/${enc(hostile())}`,
      headers: {},
      changes: true,
    }),
  ];
  return () => pick(requests)();
}
