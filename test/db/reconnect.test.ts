import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { DatabaseConfig } from '../../src/storage/db/database-config';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const TOWNSHIPS = '{ townships(regionCode: "330281") { code } }';

/**
 * Takes the database away from the hub for a moment, the way each kind loses it in real
 * life: the MariaDB/MySQL server drops every connection (a restart); another process holds
 * SQLite's file locked. Returns a function that gives it back.
 */
async function takeDatabaseAway(config: DatabaseConfig): Promise<() => Promise<void>> {
  switch (config.kind) {
    case 'mysql': {
      const url = new URL(config.url);
      const database = url.pathname.slice(1);
      url.pathname = '/';
      const admin = await mysql.createConnection(url.toString());
      const [rows] = await admin.query('SELECT id FROM information_schema.processlist WHERE db = ?', [database]);
      for (const { id } of rows as { id: number }[]) await admin.query('KILL ?', [id]);
      await admin.end();
      return () => Promise.resolve();
    }
    case 'sqlite': {
      const other = new Database(config.file);
      other.exec('BEGIN EXCLUSIVE');
      return () => {
        other.exec('COMMIT');
        other.close();
        return Promise.resolve();
      };
    }
    default: {
      const unknown: never = config;
      throw new Error(`unknown database ${JSON.stringify(unknown)}`);
    }
  }
}

describe(`the hub after losing its database for a while (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('answers DATABASE_UNAVAILABLE (DATABASE_BUSY for a locked SQLite file) or the data while it is gone, and the data once it is back', async () => {
    expect((await api.execute<{ townships: unknown[] }>(TOWNSHIPS)).data!.townships).toHaveLength(21);
    const giveBack = await takeDatabaseAway(db.config);
    // The mutation's audit row cannot be written either while the database is gone: the log says so, in one line.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const during = await api.execute(`mutation { createApiToken(input: { name: "x", role: ANALYST, townshipCodes: [] }) { token } }`);
    const logged = [...log.mock.calls];
    log.mockRestore();
    const lostAuditRow = [[expect.stringMatching(/audit log not written \((DATABASE_BUSY|DATABASE_UNAVAILABLE)\)$/)]];
    if (db.config.kind === 'sqlite') expect(logged).toEqual(lostAuditRow);
    else if (logged.length) expect(logged).toEqual(lostAuditRow);
    // A locked SQLite file refuses the write once the retries run out (DATABASE_BUSY); a MySQL
    // pool may already have replaced the killed connections, or may still meet one of them.
    if (db.config.kind === 'sqlite') expect(during.errors?.[0].extensions!.code).toBe('DATABASE_BUSY');
    else if (during.errors) expect(during.errors[0].extensions!.code).toBe('DATABASE_UNAVAILABLE');
    await giveBack();
    for (let attempt = 0; attempt < 3; attempt++) {
      const after = await api.execute<{ townships: unknown[] }>(TOWNSHIPS);
      expect(after.errors).toBeUndefined();
      expect(after.data!.townships).toHaveLength(21);
    }
  });
});
