/**
 * Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules).
 * ts-jest only transpiles: `npm test` type-checks the whole tree with tsc first.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 30_000,
};
