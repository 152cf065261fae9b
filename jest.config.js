/* global process */
/**
 * Jest runs the TypeScript sources as native ES modules (node --experimental-vm-modules).
 * ts-jest only transpiles: `npm test` type-checks the whole tree with tsc first. The workspace
 * packages resolve to their sources, as tsconfig.json's `paths` do for the type-check.
 *
 * Four projects, by what a test needs: `unit` (nothing), `contract` (the module's declarations,
 * nothing running), `integration` (databases and the sandbox) and `e2e` (processes, Chromium,
 * packed tarballs). `npm run test:unit` runs the first two.
 */
// Times shown to people are in the host's time zone: the tests read them in UTC wherever they run
// (set before any test process starts, so workers inherit it).
process.env.TZ = 'UTC';

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@pim/kernel$': '<rootDir>/packages/kernel/src/index.ts',
    '^@pim/kernel/testing$': '<rootDir>/packages/kernel/src/testing/index.ts',
    '^@pim/reference-host$': '<rootDir>/packages/host/src/index.ts',
    '^@pim/bigcommerce-sandbox$': '<rootDir>/packages/bigcommerce-sandbox/src/index.ts',
    '^@pim/bigcommerce-credentials$': '<rootDir>/src/index.ts',
    '^@pim/bigcommerce-credentials/public-api$': '<rootDir>/src/public-api.ts',
    '^@pim/bigcommerce-jobs$': '<rootDir>/packages/bigcommerce-jobs/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['<rootDir>/test/support/setup.ts'],
};

/** @type {(name: string, roots: string[]) => import('jest').Config} */
const project = (name, roots) => ({
  ...shared,
  displayName: name,
  roots: roots.map((r) => `<rootDir>/${r}`),
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
});

/** @type {import('jest').Config} */
export default {
  // A global option: Jest does not read it from a project.
  testTimeout: 30_000,
  projects: [
    project('unit', [
      'test/unit',
      'packages/kernel/test/unit',
      'packages/host/test/unit',
      'packages/bigcommerce-jobs/test/unit',
    ]),
    project('contract', ['test/contract']),
    project('integration', [
      'test/integration',
      'packages/host/test/integration',
      'packages/bigcommerce-jobs/test/integration',
    ]),
    project('e2e', ['test/e2e', 'test/install']),
  ],
};
