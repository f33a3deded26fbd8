import { loadConfig } from '../../src/config';
import { mysqlServers } from '../../src/db/data-source';

describe('DATABASE_REPLICA_URLS', () => {
  const config = (env: NodeJS.ProcessEnv) => loadConfig({ DATABASE_URL: 'mysql://hub@primary:3306/hub', ...env }).database;

  it('sends reads to the replicas named, writes to DATABASE_URL', () => {
    const database = config({ DATABASE_REPLICA_URLS: 'mysql://hub@replica1:3306/hub, mariadb://hub@replica2:3306/hub' });
    expect(database).toEqual({ kind: 'mysql', url: 'mysql://hub@primary:3306/hub', replicaUrls: ['mysql://hub@replica1:3306/hub', 'mysql://hub@replica2:3306/hub'] });
    expect(mysqlServers(database as { url: string; replicaUrls: string[] })).toEqual({
      replication: { master: { url: 'mysql://hub@primary:3306/hub' }, slaves: [{ url: 'mysql://hub@replica1:3306/hub' }, { url: 'mysql://hub@replica2:3306/hub' }] },
    });
  });

  it('is one server without replicas', () => {
    expect(mysqlServers({ url: 'mysql://hub@primary:3306/hub' })).toEqual({ url: 'mysql://hub@primary:3306/hub' });
    expect(config({ DATABASE_REPLICA_URLS: '' })).toEqual({ kind: 'mysql', url: 'mysql://hub@primary:3306/hub' });
  });

  it('refuses replicas of SQLite and replicas that are not mysql://', () => {
    expect(() => loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite', DATABASE_REPLICA_URLS: 'mysql://r/hub' })).toThrow(/mysql:\/\/ DATABASE_URL/);
    expect(() => config({ DATABASE_REPLICA_URLS: 'sqlite:/tmp/x' })).toThrow(/not a mysql/);
  });
});
