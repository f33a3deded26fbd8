import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/storage/db/data-source';
import { TEST_DATABASE_KIND, freshTestDatabaseConfig, openTestDatabase, seedRegions } from '../support/database';
import { DatabaseConfig } from '../../src/storage/db/database-config';
import { REGISTER_TS } from '../support/register-ts';

const ROOT = path.join(__dirname, '..', '..');

/** src/server.ts in its own process, as `npm start` runs it; resolves with its exit code and what it wrote. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['-r', REGISTER_TS, path.join(ROOT, 'src', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', HUB_DEMO: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const databaseUrl = (config: DatabaseConfig) => (config.kind === 'sqlite' ? `sqlite:${config.file}` : config.url);

describe(`starting the hub (${TEST_DATABASE_KIND})`, () => {
  it('says in one line that the port is taken, and exits with 1', async () => {
    const db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await runServer({
        PORT: String(port),
        DATABASE_URL: databaseUrl(db.config),
        HUB_ADMIN_TOKEN: 'x'.repeat(20),
      });
      expect(code).toBe(1);
      expect(stderr.trimEnd().split('\n')).toEqual([
        `端口 ${port} 已被占用，请停止占用它的程序或设置 PORT / port ${port} is already in use: stop what uses it or set PORT`,
      ]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      await db.close();
    }
  });

  it('creates the database DATABASE_URL names when it does not exist', async () => {
    const config = await freshTestDatabaseConfig();
    let dataSource: DataSource | undefined;
    if (config.kind === 'mysql') {
      // freshTestDatabaseConfig made it: this test needs it absent.
      const admin = await mysql.createConnection({ uri: config.url.replace(/\/[^/]*$/, '/') });
      await admin.query(`DROP DATABASE ${mysql.escapeId(new URL(config.url).pathname.slice(1))}`);
      await admin.end();
    }
    try {
      dataSource = await openDatabase(config);
      const [{ tables }] = await dataSource.query<{ tables: number }[]>('SELECT COUNT(*) AS tables FROM regions');
      expect(Number(tables)).toBe(0);
      if (config.kind === 'mysql') {
        const [{ charset }] = await dataSource.query<{ charset: string }[]>(
          'SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()',
        );
        expect(charset).toBe('utf8mb4');
      }
    } finally {
      if (config.kind === 'mysql') await dataSource?.query(`DROP DATABASE ${mysql.escapeId(new URL(config.url).pathname.slice(1))}`);
      await dataSource?.destroy();
    }
  });
});
