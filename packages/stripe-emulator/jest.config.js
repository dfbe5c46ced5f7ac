/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: '\\.spec\\.ts$',
  testTimeout: 20_000,
  transform: { '^.+\\.ts$': ['@swc/jest'] },
};
