import os from 'node:os'

/** Payload is ESM-only: run with NODE_OPTIONS=--experimental-vm-modules (see package.json "test"). */
const config = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Admin code (@payloadcms/next, @payloadcms/ui) imports its styles and icons.
    '\\.(css|scss|svg|png|jpg)$': '<rootDir>/test/helpers/assetStub.ts',
  },
  globalSetup: '<rootDir>/test/globalSetup.ts',
  // Two test files at a time even on 2 cores (Jest's default there is one): each waits on its
  // database and its servers much of the time. Measured on 2 cores: SQLite 641 → 388 s, PostgreSQL
  // ~800 → 539 s, all tests passing.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  testEnvironment: 'node',
  testEnvironmentOptions: {
    // Lexical's 'node' entry points use top-level await; its 'production' ones do not.
    customExportConditions: ['node', 'node-addons', 'production'],
    globalsCleanup: 'on',
  },
  testMatch: ['<rootDir>/test/int/**/*.int.test.ts'],
  testTimeout: 60_000,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
}

export default config
