import { normalizeApiUrl } from '../../src/bigcommerce/api-url.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';

const BC = ['https://api.bigcommerce.com'];
const CANONICAL = {
  apiUrl: 'https://api.bigcommerce.com/stores/abc123/',
  storeHash: 'abc123',
  origin: 'https://api.bigcommerce.com',
};

function refusal(input: string, origins: readonly string[] = BC): string {
  try {
    normalizeApiUrl(input, origins);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.errors.apiUrl![0]!.messageKey;
    throw error;
  }
  throw new Error(`accepted ${input}`);
}

describe('API URL rules', () => {
  it.each([
    'https://api.bigcommerce.com/stores/abc123/',
    'https://api.bigcommerce.com/stores/abc123',
    'https://api.bigcommerce.com/stores/abc123/v3/',
    'https://api.bigcommerce.com/stores/abc123/v3',
    'https://api.bigcommerce.com/stores/abc123/v2/',
    'https://api.bigcommerce.com/stores/abc123/v2',
    '   https://api.bigcommerce.com/stores/abc123/v3/  ',
    'https://API.BigCommerce.com/stores/abc123/',
    'https://api.bigcommerce.com:443/stores/abc123/',
    'https://api.bigcommerce.com/stores/store-abc123/v3/',
    'abc123',
    'store-abc123',
  ])('accepts %j as the canonical base', (input) => {
    expect(normalizeApiUrl(input, BC)).toEqual(CANONICAL);
  });

  it.each([
    ['http://api.bigcommerce.com/stores/abc123/', 'bigcommerce.api-url.not-https'],
    ['https://evil.example.com/stores/abc123/', 'bigcommerce.api-url.origin-not-allowed'],
    ['https://api.bigcommerce.com.evil.example/stores/abc123/', 'bigcommerce.api-url.origin-not-allowed'],
    ['https://user:pass@api.bigcommerce.com/stores/abc123/', 'bigcommerce.api-url.credentials-in-url'],
    ['https://api.bigcommerce.com/stores/abc123/?x=1', 'bigcommerce.api-url.query-or-fragment'],
    ['https://api.bigcommerce.com/stores/abc123/?', 'bigcommerce.api-url.query-or-fragment'],
    ['https://api.bigcommerce.com/stores/abc123/#top', 'bigcommerce.api-url.query-or-fragment'],
    ['https://api.bigcommerce.com/stores/abc123/v3/catalog/products', 'bigcommerce.api-url.path'],
    ['https://api.bigcommerce.com/stores/abc123/v4/', 'bigcommerce.api-url.path'],
    ['https://api.bigcommerce.com/accounts/abc123/graphql', 'bigcommerce.api-url.path'],
    ['https://api.bigcommerce.com/', 'bigcommerce.api-url.path'],
    ['https://api.bigcommerce.com/stores/abc%2F123/', 'bigcommerce.api-url.store-hash'],
    ['https://api.bigcommerce.com/stores/abc.123/', 'bigcommerce.api-url.store-hash'],
    ['', 'bigcommerce.api-url.invalid'],
    ['not a url at all', 'bigcommerce.api-url.invalid'],
    [`https://api.bigcommerce.com/stores/${'a'.repeat(300)}/`, 'bigcommerce.api-url.invalid'],
  ])('refuses %j', (input, key) => {
    expect(refusal(input)).toBe(key);
  });

  it('accepts another origin, plain http included, only when the host allows it', () => {
    const origins = ['https://api.bigcommerce.com', 'http://127.0.0.1:4010'];
    expect(normalizeApiUrl('http://127.0.0.1:4010/stores/sandbox1/v3/', origins)).toEqual({
      apiUrl: 'http://127.0.0.1:4010/stores/sandbox1/',
      storeHash: 'sandbox1',
      origin: 'http://127.0.0.1:4010',
    });
    expect(refusal('http://127.0.0.1:4011/stores/sandbox1/', origins)).toBe('bigcommerce.api-url.not-https');
    expect(refusal('http://127.0.0.1:4010/stores/sandbox1/?a', origins)).toBe('bigcommerce.api-url.query-or-fragment');
  });
});
