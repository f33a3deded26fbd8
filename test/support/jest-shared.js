/** What every group of tests shares (jest.config.js, jest.cluster.config.js). */
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  rootDir: path.join(__dirname, '..', '..'),
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};
