import http from 'node:http';
import path from 'node:path';
import { resolveUnder } from '../../src/api/http/static-files';
import { RunningHub, serveHub } from '../../src/hub';
import { TestDatabase, openTestDatabase } from '../support/database';
import { testServeSettings } from '../support/http-access';

/** A GET with the path exactly as written: fetch and URL would resolve `..` before sending. */
function rawGet(port: number, rawPath: string, headers: http.OutgoingHttpHeaders = {}): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: 'localhost', port, path: rawPath, headers }, (response) => {
      response.resume();
      resolve(response);
    });
    request.on('error', reject);
  });
}

describe('the pages and their assets', () => {
  let db: TestDatabase;
  let hub: RunningHub;
  let port: number;
  beforeAll(async () => {
    db = await openTestDatabase();
    hub = await serveHub(db.dataSource, 0, testServeSettings());
    port = Number(new URL(hub.url).port);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  it('serves the dashboard, the upload page, the page scripts and ECharts with their types and caching', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8', 'no-cache'],
      ['/upload', 'text/html; charset=utf-8', 'no-cache'],
      ['/static/hub.css', 'text/css; charset=utf-8', 'no-cache'],
      ['/assets/web/dashboard.js', 'text/javascript; charset=utf-8', 'no-cache'],
      ['/vendor/echarts/echarts.esm.min.js', 'text/javascript; charset=utf-8', 'public, max-age=86400'],
    ];
    for (const [urlPath, type, cache] of cases) {
      const response = await rawGet(port, urlPath);
      expect([urlPath, response.statusCode, response.headers['content-type'], response.headers['cache-control']]).toEqual([
        urlPath,
        200,
        type,
        cache,
      ]);
    }
  });

  it('answers 304 when the browser’s copy is current', async () => {
    const first = await rawGet(port, '/static/hub.css');
    const again = await rawGet(port, '/static/hub.css', { 'if-none-match': first.headers.etag });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    '/assets/../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/static/%2e%2e/%2e%2e/package.json',
    '/vendor/echarts/..%5c..%5cpackage.json',
    '/assets/%00.js',
  ])('refuses %s', async (rawPath) => {
    expect((await rawGet(port, rawPath)).statusCode).toBe(404);
  });

  it('resolves only inside the folder, and only files of a known type', () => {
    const root = path.resolve('/srv/web');
    expect(resolveUnder(root, 'web/dashboard.js')).toBe(path.join(root, 'web', 'dashboard.js'));
    expect(resolveUnder(root, '../secret.js')).toBeUndefined();
    expect(resolveUnder(root, '/etc/passwd.js')).toBe(path.join(root, 'etc', 'passwd.js'));
    expect(resolveUnder(root, 'notes.ts')).toBeUndefined();
    expect(resolveUnder(root, '%E0%A4%A')).toBeUndefined();
  });
});
