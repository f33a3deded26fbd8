import { HubConfig, loadConfig } from '../../src/config';
import type { DatabaseConfig } from '../../src/storage/db/database-config';
import { REGISTER_TS, SLOW_WORKER_START_MS } from './register-ts';

/**
 * The settings `npm start` reads from `env` (listening on 127.0.0.1, any free port), on the
 * test's database, with parse workers that load the hub's TypeScript through REGISTER_TS: a
 * hub started inside a test reads documents in its workers as a deployed one does (with the
 * deadline of a worker that starts slowly, see SLOW_WORKER_START_MS).
 */
export function testHubConfig(database: DatabaseConfig, env: NodeJS.ProcessEnv = {}): HubConfig {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', HUB_PARSE_TIMEOUT_MS: SLOW_WORKER_START_MS, ...env });
  return { ...config, database, parsing: { ...config.parsing, execArgv: ['-r', REGISTER_TS] } };
}
