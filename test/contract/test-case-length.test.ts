import { RuleTester } from 'eslint';

// @ts-expect-error: a plain JavaScript ESLint rule, without type declarations.
import testCaseLength from '../../eslint-rules/test-case-length.js';

/** A test case whose body has `n` counted lines, plus blank and comment lines that do not count. */
const body = (n: number) =>
  [...Array.from({ length: n - 2 }, (_, i) => `  expect(${i}).toBe(${i});`), '', '  // a note'].join('\n');

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

new RuleTester().run('test-case-length', testCaseLength, {
  valid: [
    { code: `it('short', () => {\n${body(5)}\n});`, options: [5] },
    // A describe callback only groups its cases.
    { code: `describe('group', () => {\n${body(50)}\n});`, options: [5] },
    { code: `it.each([1])('each %i', (n) => {\n${body(5)}\n});`, options: [5] },
  ],
  invalid: [
    { code: `it('long', () => {\n${body(6)}\n});`, options: [5], errors: [{ messageId: 'long' }] },
    { code: `test('long', async () => {\n${body(6)}\n});`, options: [5], errors: [{ messageId: 'long' }] },
    { code: `it.each([1])('each %i', (n) => {\n${body(6)}\n});`, options: [5], errors: [{ messageId: 'long' }] },
    { code: `it.only('long', function () {\n${body(6)}\n});`, options: [5], errors: [{ messageId: 'long' }] },
  ],
});
