// typescript-eslint's type-checked recommended rules over every TypeScript file of the
// repository, with the project's tsconfig.json as the type information.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

import testCaseLength from './eslint-rules/test-case-length.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A function says one thing: past 60 lines (blank lines and comments aside) it says several.
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // Six is a constructor's dependencies at most; more parameters want an object.
      'max-params': ['error', 6],
      // `_`-named bindings are unused on purpose (e.g. fields left out of a rest object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Released migrations are frozen (test/contract/toolchain.test.ts): a migration's up() is the
    // list of its schema steps, and splitting it would rewrite released code.
    files: ['migrations/*.migration.ts', 'packages/*/src/persistence/*.migration.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // Tests read JSON bodies and raw SQL rows, whose shape is exactly what they go on to assert.
    // A describe callback only groups cases: what is limited is each case.
    files: ['test/**/*.ts', 'test/**/*.tsx', 'packages/*/test/**/*.ts', 'packages/*/test/**/*.tsx'],
    plugins: { local: { rules: { 'test-case-length': testCaseLength } } },
    rules: {
      'max-lines-per-function': 'off',
      'local/test-case-length': ['error', 60],
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
