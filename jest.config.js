/**
 * Three groups of tests (`--selectProjects`): `unit` touches no database and runs once; `db`
 * runs on the database DATABASE_URL names (CI: SQLite, then MariaDB); `browser` drives Chromium
 * against a hub on that database. test/support/database-tests.js decides which file is which.
 */
const path = require('node:path');
const { splitByDatabase } = require('./test/support/database-tests');
const shared = require('./test/support/jest-shared');

const { database, noDatabase } = splitByDatabase(path.join(__dirname, 'test'));

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: noDatabase, setupFiles: [...shared.setupFiles, '<rootDir>/test/support/no-database.ts'] },
    { ...shared, displayName: 'db', testMatch: database },
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
