import { loadConfig } from '../../src/config';
import { splitNodeList, withoutPassword } from '../../src/storage/db/node-list-url';

describe('DATABASE_URL naming the nodes of a cluster', () => {
  const database = (url: string) => loadConfig({ DATABASE_URL: url }).database;

  it('is split into one URL per node, in the order given, credentials and database kept', () => {
    expect(database('mysql://hub:s%40cret@db1:3311,db2:3312,db3:3313/hub?charset=utf8mb4')).toEqual({
      kind: 'mysql',
      url: 'mysql://hub:s%40cret@db1:3311/hub?charset=utf8mb4',
      nodeUrls: [
        'mysql://hub:s%40cret@db1:3311/hub?charset=utf8mb4',
        'mysql://hub:s%40cret@db2:3312/hub?charset=utf8mb4',
        'mysql://hub:s%40cret@db3:3313/hub?charset=utf8mb4',
      ],
    });
    expect(splitNodeList('mysql://root@127.0.0.1,10.0.0.2:3307/hub')).toEqual([
      'mysql://root@127.0.0.1/hub',
      'mysql://root@10.0.0.2:3307/hub',
    ]);
  });

  it('naming one host is one server, as before', () => {
    expect(database('mysql://hub@db1:3306/hub')).toEqual({ kind: 'mysql', url: 'mysql://hub@db1:3306/hub' });
    expect(database('mariadb://hub@db1/hub')).toEqual({ kind: 'mysql', url: 'mysql://hub@db1/hub' });
  });

  it('refuses an empty or malformed host, naming it without the password', () => {
    expect(() => database('mysql://hub:secret@db1:3311,,db3:3313/hub')).toThrow(/names a host "" /);
    expect(() => database('mysql://hub:secret@db1:3311,db2:port/hub')).toThrow(/"db2:port"/);
    expect(() => database('mysql://hub:secret@db1:3311,db2:port/hub')).not.toThrow(/secret/);
    expect(withoutPassword('mysql://hub:secret@db1:3311/hub')).toBe('mysql://hub:***@db1:3311/hub');
  });

  it('goes without read replicas: every node is a primary', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://hub@db1,db2/hub', DATABASE_REPLICA_URLS: 'mysql://hub@r1/hub' })).toThrow(
      /every node of a cluster DATABASE_URL is a primary/,
    );
  });
});
