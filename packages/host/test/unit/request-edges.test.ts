import { readHostConfig } from '../../src/config/host-config.js';
import { requestShapeProblem } from '../../src/http/request-bounds.js';
import { refererAdminPath, safeAdminPath } from '../../src/http/safe-path.js';
import { emailProblem, passwordProblem } from '../../src/users/credentials-policy.js';

describe('redirect targets', () => {
  it('accepts admin paths of safe characters only', () => {
    for (const path of [
      '/admin',
      '/admin/',
      '/admin/bigcommerce/credentials',
      '/admin/bigcommerce/credentials/create',
      '/admin/bigcommerce/credentials/7/edit?tab=x&a%5B%5D=1',
    ]) {
      expect([path, safeAdminPath(path)]).toEqual([path, path]);
    }
    const refused = [
      undefined,
      '',
      'https://evil.example/admin',
      '//evil.example/admin',
      '/admin//evil.example',
      '/\\evil.example',
      '/admin\\..\\x',
      '/admin/x\r\nSet-Cookie: a=b',
      '/admin/x\n',
      '/admin/x\u2028y',
      '/admin/ x',
      '/administrator',
      '/other',
      'javascript:alert(1)',
      '/admin/é',
      `/admin/${'a'.repeat(3000)}`,
    ];
    for (const path of refused) expect([path, safeAdminPath(path)]).toEqual([path, null]);
  });

  it('takes only the admin path of a Referer, never its host', () => {
    expect(refererAdminPath('https://evil.example/admin/bigcommerce/credentials?x=1')).toBe(
      '/admin/bigcommerce/credentials?x=1',
    );
    expect(refererAdminPath('http://127.0.0.1:3000/admin/jobs/bigcommerce-jobs.product-export')).toBe(
      '/admin/jobs/bigcommerce-jobs.product-export',
    );
    // URL parsing drops raw line breaks; what is left is a plain path.
    expect(refererAdminPath('https://evil.example/admin/\r\n')).toBe('/admin/');
    for (const referer of [
      undefined,
      'https://evil.example/',
      'https://evil.example//admin',
      'not a url at all \u0000',
    ]) {
      expect([referer, refererAdminPath(referer)]).toEqual([referer, null]);
    }
  });
});

describe('the shape of a request', () => {
  it('refuses a NUL anywhere, deep nesting and huge lists, and passes ordinary forms', () => {
    expect(
      requestShapeProblem({ label: 'Store', localeMapping: { en_US: 'en' }, ids: { values: ['1', '2'] } }),
    ).toBeNull();
    expect(requestShapeProblem(undefined)).toBeNull();
    expect(requestShapeProblem({ filters: { all: ['a\u0000b'] } })).toBe('a NUL character');
    expect(requestShapeProblem({ ['k\u0000']: 'v' })).toBe('a NUL character');
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(requestShapeProblem({ label: deep })).toMatch(/nested deeper/);
    expect(requestShapeProblem({ many: Array.from({ length: 1001 }, () => 'x') })).toMatch(/more than 1000/);
  });
});

describe('accounts', () => {
  it('accepts e-mail addresses and refuses what is not one', () => {
    for (const email of ['admin@example.com', 'first.last+pim@shop.example.co.uk', 'éscalate@example.com'])
      expect([email, emailProblem(email)]).toEqual([email, null]);
    for (const email of [
      '',
      'not-an-email',
      '<script>@x',
      'a@b',
      'a b@example.com',
      'a@example..com',
      'a@-example.com',
      'a\u0000@example.com',
      `${'a'.repeat(65)}@example.com`,
      'a@@example.com',
    ]) {
      expect([email, emailProblem(email)]).toEqual([email, expect.any(String)]);
    }
  });

  it('refuses short, common and control-character passwords', () => {
    expect(passwordProblem('12345678')).toMatch(/at least 12/);
    expect(passwordProblem('        ')).toMatch(/at least 12/);
    expect(passwordProblem('            ')).toMatch(/too easy/);
    expect(passwordProblem('password1234')).toMatch(/too easy/);
    expect(passwordProblem('qwertyuiop123')).toMatch(/too easy/);
    expect(passwordProblem('correct horse\u0000battery')).toMatch(/control/);
    expect(passwordProblem('harness-admin-password')).toBeNull();
    expect(passwordProblem('Tr0ub4dor&3xx')).toBeNull();
  });
});

describe('limits from the environment', () => {
  it('reads the proxy setting and the time limits, refusing nonsense', () => {
    expect(readHostConfig({}).trustProxy).toBe(false);
    expect(readHostConfig({ PIM_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readHostConfig({ PIM_TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.1.0/24',
    ]);
    expect(readHostConfig({})).toMatchObject({
      requestTimeoutMs: 30_000,
      responseTimeoutMs: 20_000,
      databaseTimeoutMs: 10_000,
      autoMigrate: true,
    });
    expect(() => readHostConfig({ PIM_RESPONSE_TIMEOUT_MS: 'soon' })).toThrow(/PIM_RESPONSE_TIMEOUT_MS/);
    expect(() => readHostConfig({ PIM_DATABASE_TIMEOUT_MS: '0' })).toThrow(/PIM_DATABASE_TIMEOUT_MS/);
  });
});
