import base from './jest.config.js'

/** Browser tests: the production build on a fresh, seeded SQLite database, driven in Debian's Chromium. */
const config = {
  ...base,
  globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
  maxWorkers: 1,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testTimeout: 180_000,
}

export default config
