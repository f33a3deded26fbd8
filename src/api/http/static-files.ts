import fs from 'node:fs';
import path from 'node:path';
import { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** How long a browser may keep a file without asking again. */
export type CachePolicy = 'revalidate' | 'day';

const CACHE_CONTROL: Record<CachePolicy, string> = {
  // Our pages and scripts change with every build and their names carry no hash: always ask.
  revalidate: 'no-cache',
  // A vendored library changes only with an install.
  day: 'public, max-age=86400',
};

/**
 * The file `relative` names under `root`, or undefined when it would leave `root` (`..`,
 * an encoded `..%2f`, an absolute path) or names nothing servable.
 */
export function resolveUnder(root: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return undefined;
  const file = path.resolve(root, '.' + path.sep + decoded);
  return file.startsWith(path.resolve(root) + path.sep) && CONTENT_TYPES[path.extname(file)] ? file : undefined;
}

/**
 * Sends a file with its content type, an ETag and the cache policy; 304 when the browser's copy
 * is current, false when there is no such file.
 */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cache: CachePolicy): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = { etag, 'cache-control': CACHE_CONTROL[cache], 'x-content-type-options': 'nosniff' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return true;
  }
  response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[path.extname(file)], 'content-length': stat.size });
  if (request.method === 'HEAD') response.end();
  else fs.createReadStream(file).pipe(response);
  return true;
}
