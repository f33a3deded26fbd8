import { HubConfig, loadConfig } from '../../src/config';
import type { DatabaseConfig } from '../../src/storage/db/database-config';
import { REGISTER_TS } from './register-ts';

/**
 * The settings `npm start` reads from `env` (listening on 127.0.0.1, any free port), on the
 * test's database, with parse workers that load the hub's TypeScript through REGISTER_TS: a
 * hub started inside a test reads documents in its workers as a deployed one does.
 */
export function testHubConfig(database: DatabaseConfig, env: NodeJS.ProcessEnv = {}): HubConfig {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', ...env });
  return { ...config, database, parsing: { ...config.parsing, execArgv: ['-r', REGISTER_TS] } };
}
