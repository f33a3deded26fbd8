import path from 'node:path';

/** The loader a child process or worker needs to run the hub's TypeScript as the tests do, without a build. */
export const REGISTER_TS = path.join(__dirname, 'child', 'register-ts.js');
