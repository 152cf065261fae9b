import { sandboxCatalogue, sandboxStore, type SandboxStore } from '@pim/bigcommerce-sandbox';

import { StoreInspector } from '../../src/bigcommerce/store-inspector.js';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { moduleContainer } from '../support/module-harness.js';
import {
  checkAnswer,
  checkRequest,
  endpointOf,
  PUBLISHED_ENDPOINTS,
  type EndpointContract,
  type Exchange,
} from '../support/published-api/index.js';
import { MULTI_CURRENCY_STORE, MULTI_STOREFRONT_STORE, STORES } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

/*
 * The module and the sandbox, checked against BigCommerce's published API (`bigcommerce/docs`):
 * every request the module sends while verifying credentials and reading store lists must be one
 * the published spec accepts, and every answer the sandbox gives one the spec describes. The
 * schemas are the test suite's own transcription (test/support/published-api/), each citing its
 * spec file and path, so the sandbox cannot agree with the module by sharing its assumptions.
 */

const CATALOGUE = sandboxCatalogue('plain1', 'Plain Outfitters');
/** Each store with the tokens to try: the catalogue's, and tokens with fewer scopes. */
const CASES: readonly { store: SandboxStore; token: string }[] = [
  ...CATALOGUE.map((e) => ({ store: e.store, token: e.token })),
  ...Object.values(STORES).map((store) => ({ store, token: store.tokens[0]!.token })),
  { store: MULTI_CURRENCY_STORE, token: MULTI_CURRENCY_STORE.tokens[0]!.token },
  { store: MULTI_STOREFRONT_STORE, token: 'tok-msf-all' },
  { store: MULTI_STOREFRONT_STORE, token: 'tok-msf-no-channels' },
  { store: sandboxStore({ hash: 'nocur1', currencies: [], graphqlLocales: 'forbidden' }), token: 'token-nocur1' },
];

const sandbox = useSandbox({ stores: [...new Set(CASES.map((c) => c.store))], recordBodies: true });

/** Every exchange of the module with the sandbox while it verified and read each store. */
const exchanges: Exchange[] = [];

beforeAll(async () => {
  const inspector = moduleContainer({ origins: [sandbox().origin] }).container.get(StoreInspector);
  for (const { store, token } of CASES) {
    const target = { apiUrl: sandbox().apiUrl(store.hash), storeHash: store.hash, accessToken: token };
    await inspector.inspect(target, null).catch((error: unknown) => {
      if (!(error instanceof BigcommerceError)) throw error;
    });
    await inspector.readLists(target, null);
  }
  exchanges.push(...sandbox().requests);
});

const of = (contract: EndpointContract) => exchanges.filter((e) => endpointOf([contract], e) !== undefined);
const described = (contract: EndpointContract, e: Exchange, problems: string[]) =>
  problems.map((p) => `${e.method} ${e.path} (${contract.source}): ${p}`);

describe.each(PUBLISHED_ENDPOINTS.map((c) => [`${c.method} ${c.path}`, c] as const))('%s', (_name, contract) => {
  it('is asked only what the published spec accepts', () => {
    const seen = of(contract);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.flatMap((e) => described(contract, e, checkRequest(contract, e)))).toEqual([]);
  });

  it('is answered by the sandbox only as the published spec describes', () => {
    const seen = of(contract);
    expect(seen.flatMap((e) => described(contract, e, checkAnswer(contract, e)))).toEqual([]);
    // The endpoint's own answers were checked, not only errors.
    expect(seen.some((e) => e.status === contract.usual)).toBe(true);
  });
});

describe('the published API as a whole', () => {
  it('is the only API the module calls', () => {
    expect(exchanges.filter((e) => endpointOf(PUBLISHED_ENDPOINTS, e) === undefined).map((e) => e.path)).toEqual([]);
  });

  it('is seen with every status the module relies on', () => {
    const statuses = new Set(
      exchanges.map(
        (e) => `${e.method} ${new URL(e.path, 'http://x').pathname.split('/').slice(3).join('/')} ${e.status}`,
      ),
    );
    for (const expected of [
      'GET v2/store 200',
      'GET v2/store 401',
      'GET v2/store 403',
      'GET v2/store 503',
      'GET v2/currencies 204',
      'GET v3/catalog/products 403',
      'POST v3/catalog/products 422',
      'POST v3/catalog/products 403',
      'POST v3/catalog/products 507',
      'GET v3/channels 403',
      'POST graphql 403',
    ])
      expect([expected, statuses.has(expected)]).toEqual([expected, true]);
  });

  it("pages through every channel of a store with more than one page, as the spec's pagination says", () => {
    const pages = exchanges.filter((e) => e.path.startsWith('/stores/halls1/v3/channels?'));
    expect(pages.map((e) => new URL(e.path, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '1', '2']);
    const last = JSON.parse(pages[1]!.responseBody!) as {
      meta: { pagination: { current_page: number; total_pages: number } };
    };
    expect(last.meta.pagination.current_page).toBe(last.meta.pagination.total_pages);
  });
});

describe('the sandbox refuses what the published spec does not allow', () => {
  const ask = async (path: string) => {
    const response = await fetch(`${sandbox().origin}/stores/full1/${path}`, {
      headers: { 'x-auth-token': STORES.full.tokens[0]!.token, accept: 'application/json' },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it.each([
    ['v3/catalog/products?include_fields=id', 422, 'products'],
    ['v3/catalog/products?limit=a', 422, 'products'],
    ['v3/catalog/products?limit=251', 413, 'products'],
    ['v3/channels?type:in=shop', 422, 'channels'],
    ['v3/channels?status:in=active,gone', 422, 'channels'],
    ['v3/channels?available=maybe', 422, 'channels'],
    ['v3/channels?include=everything', 422, 'channels'],
    ['v3/channels?page=0', 422, 'channels'],
  ])('%s → %i in the spec error shape', async (path, status) => {
    const answer = await ask(path);
    expect(answer.status).toBe(status);
    const contract = endpointOf(PUBLISHED_ENDPOINTS, { method: 'GET', path: `/stores/full1/${path}` })!;
    const refusal: Exchange = {
      method: 'GET',
      path,
      accept: 'application/json',
      contentType: undefined,
      hadToken: true,
      status: answer.status,
      responseBody: JSON.stringify(answer.body),
    };
    expect(checkAnswer(contract, refusal)).toEqual([]);
    expect(answer.body).toMatchObject({ status, type: '/api-docs/getting-started/api-status-codes', errors: {} });
  });
});

describe('the contract checks themselves', () => {
  const products = PUBLISHED_ENDPOINTS.find((c) => c.path === 'v3/catalog/products' && c.method === 'GET')!;
  const channels = PUBLISHED_ENDPOINTS.find((c) => c.path === 'v3/channels')!;
  const exchange = (path: string, responseBody = '{}'): Exchange => ({
    method: 'GET',
    path,
    accept: 'application/json',
    contentType: undefined,
    hadToken: true,
    status: 200,
    responseBody,
  });

  it('catch a request the published API would refuse', () => {
    expect(checkRequest(products, exchange('/stores/a/v3/catalog/products?limit=1&include_fields=id'))).toEqual([
      expect.stringContaining('include_fields=id'),
    ]);
    expect(checkRequest(products, exchange('/stores/a/v3/catalog/products?limit=500'))).toEqual([
      expect.stringContaining('limit=500'),
    ]);
    expect(checkRequest(channels, exchange('/stores/a/v3/channels?type=storefront'))).toEqual([
      expect.stringContaining('"type" is not defined'),
    ]);
    expect(checkRequest(channels, { ...exchange('/stores/a/v3/channels'), accept: undefined })).toEqual([
      'Accept is undefined',
    ]);
  });

  it('catch an answer the published API would not give', () => {
    expect(checkAnswer(channels, exchange('/x', JSON.stringify({ data: [{ id: 1 }], meta: {} })))).toEqual([
      expect.stringContaining("must have required property 'name'"),
    ]);
    expect(checkAnswer(channels, exchange('/x', JSON.stringify({ data: [] })))).toEqual([
      expect.stringContaining("'meta'"),
    ]);
    expect(checkAnswer(channels, { ...exchange('/x'), status: 418 })).toEqual(['status 418 is not documented']);
  });
});
