/**
 * Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules).
 * ts-jest only transpiles: `npm test` type-checks the whole tree with tsc first. The workspace
 * packages resolve to their sources, as tsconfig.json's `paths` do for the type-check.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/packages/host/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@pim/kernel$': '<rootDir>/packages/kernel/src/index.ts',
    '^@pim/reference-host$': '<rootDir>/packages/host/src/index.ts',
    '^@pim/bigcommerce-sandbox$': '<rootDir>/packages/bigcommerce-sandbox/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['<rootDir>/test/support/setup.ts'],
  testTimeout: 30_000,
};
