import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/core/project-root';
import { Operation } from './operations';

export interface LoadResult {
  operation: Operation;
  requestsPerSecond: number;
  p99: number;
  errors: number;
  /** The hub process's CPU time (user and system) per request answered. */
  hubCpuMsPerRequest: number;
}

/**
 * CPU time a process has used so far, in ms: what process.cpuUsage() reports inside it,
 * read from outside (Linux /proc/<pid>/stat: utime and stime, in clock ticks of 10 ms).
 */
function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const CLOCK_TICK_MS = 10;
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}

/** The options `npm start` gives node (package.json's start script, `node <options> dist/src/server.js`). */
function startOptions(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('dist/src/server.js'));
}

/** The hub as deployed (`npm start`) in a process of its own, so the load tool does not share its event loop; `settings` on top. */
export async function startServer(
  databaseUrl: string,
  port: number,
  adminToken: string,
  settings: Record<string, string> = {},
): Promise<ChildProcess> {
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HUB_DEMO: 'off',
    HUB_TRACE_SQL: 'off',
    HUB_ADMIN_TOKEN: adminToken,
    ...settings,
  };
  const child = spawn(process.execPath, [...startOptions(), path.join(projectRoot(), 'dist', 'src', 'server.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready at') && resolve());
    child.on('exit', (code) => reject(new Error(`hub exited with ${code}`)));
  });
  return child;
}

/** Waits for the hub to exit, so the next run can take the port. */
export async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** With a token: the operations are the city office's (see operations.ts), and a token's requests are not rate-limited. */
function requestHeaders(adminToken: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` };
}

/** A refused or failed operation still answers 200: check it answers data before timing it. */
async function checkAnswered(port: number, operation: Operation, adminToken: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: requestHeaders(adminToken),
    body: JSON.stringify({ query: operation.query }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${operation.name} was not answered: ${response.status} ${JSON.stringify(body.errors)}`);
}

/**
 * Requests per second and p99 for each operation, `connections` clients over loopback, the
 * hub keeping `cacheMb` of answers (HUB_RESPONSE_CACHE_MB; 0: every request computed).
 */
export async function loadTest(
  databaseUrl: string,
  operations: readonly Operation[],
  cacheMb: number,
  seconds = 10,
  connections = 20,
): Promise<LoadResult[]> {
  const port = 4900;
  // Fresh for each run: assessment needs a token, and the server is only up while this runs.
  const adminToken = `dhub_${randomBytes(24).toString('hex')}`;
  const server = await startServer(databaseUrl, port, adminToken, { HUB_RESPONSE_CACHE_MB: String(cacheMb) });
  try {
    const results: LoadResult[] = [];
    for (const operation of operations) {
      await checkAnswered(port, operation, adminToken);
      const cpuBefore = processCpuMs(server.pid!);
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        connections,
        duration: seconds,
        requests: [{ method: 'POST', headers: requestHeaders(adminToken), body: JSON.stringify({ query: operation.query }) }],
      });
      results.push({
        operation,
        requestsPerSecond: result.requests.average,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        hubCpuMsPerRequest: (processCpuMs(server.pid!) - cpuBefore) / result.requests.total,
      });
    }
    return results;
  } finally {
    await stopServer(server);
  }
}
