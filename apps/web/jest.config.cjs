// CommonJS because the package is "type": "module" and Jest reads its config with require.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      // The real API and the built web in Chromium. The API starts once for every browser file.
      displayName: 'browser',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      transform: { '^.+\\.tsx?$': swc },
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
    },
  ],
  // Each browser file runs its own Chromium; two at a time suits a small CI machine.
  maxWorkers: 2,
  // A global option (ignored inside a project): browser steps wait for a real API and database.
  testTimeout: 90_000,
};
