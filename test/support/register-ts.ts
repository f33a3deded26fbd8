import path from 'node:path';

/** The loader a child process or worker needs to run the hub's TypeScript as the tests do, without a build. */
export const REGISTER_TS = path.join(__dirname, 'child', 'register-ts.js');

/**
 * A worker's start (loading the hub's TypeScript through REGISTER_TS, seconds on a loaded
 * machine) counts against the first document's deadline, so test hubs allow a minute unless a
 * test sets the deadline it is about.
 */
export const SLOW_WORKER_START_MS = '60000';
