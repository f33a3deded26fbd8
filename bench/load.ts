import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/project-root';
import { Operation } from './operations';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

/** The hub as deployed (dist/src/server.js) in a process of its own, so the load tool does not share its event loop. */
async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'server.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HUB_DEMO: 'off', HUB_TRACE_SQL: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready at') && resolve());
    child.on('exit', (code) => reject(new Error(`hub exited with ${code}`)));
  });
  return child;
}

/** Requests per second and p99 for each operation, `connections` clients over loopback. */
export async function loadTest(databaseUrl: string, operations: readonly Operation[], seconds = 10, connections = 20): Promise<LoadResult[]> {
  const port = 4900;
  const server = await startServer(databaseUrl, port);
  try {
    const results: LoadResult[] = [];
    for (const operation of operations) {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        connections,
        duration: seconds,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation.query }) }],
      });
      results.push({ name: operation.name, requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    }
    return results;
  } finally {
    server.kill('SIGTERM');
  }
}
