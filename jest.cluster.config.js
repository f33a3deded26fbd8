/**
 * `npm run test:cluster`: the tests against a local 3-node MariaDB Galera cluster, started
 * once for the run (test/support/galera/global-setup.ts) and stopped after it. They run one
 * file at a time: one of them kills a node, which the others must not see.
 */
const shared = require('./test/support/jest-shared');

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  testMatch: ['<rootDir>/test/cluster/**/*.cluster.ts'],
  globalSetup: '<rootDir>/test/support/galera/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/galera/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 300000,
};
