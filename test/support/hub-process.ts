import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DatabaseConfig } from '../../src/storage/db/database-config';
import { REGISTER_TS } from './register-ts';

const ROOT = path.join(__dirname, '..', '..');

/** The hub as deployed (src/server.ts, its own process and event loop), on a test's database. */
export interface HubProcess {
  /** http://127.0.0.1:port */
  base: string;
  /** base + /graphql */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Everything it wrote to stdout so far (its log). */
  stdout(): string;
  /** Sends `signal` and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function databaseUrl(config: DatabaseConfig): string {
  return config.kind === 'sqlite' ? `sqlite:${config.file}` : config.url;
}

/**
 * Starts src/server.ts in a child process on `database` (filled by the test: regions loaded,
 * so the hub loads none, and HUB_DEMO=off), with `env` on top, and waits until it serves.
 * Where a request stalls the hub, only the child stalls: the test goes on measuring it.
 */
export async function startHubProcess(database: DatabaseConfig, env: Record<string, string> = {}): Promise<HubProcess> {
  const child = spawn(process.execPath, ['-r', REGISTER_TS, path.join(ROOT, 'src', 'server.ts')], {
    cwd: ROOT,
    // As deployed: NODE_ENV is not jest's "test" (Apollo, for one, behaves differently under it).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(database),
      HOST: '127.0.0.1',
      PORT: '0',
      HUB_DEMO: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (\S+)/.exec(out);
      if (ready) resolve(ready[1]);
    });
    void exited.then((code) => reject(new Error(`the hub exited with ${code} before serving:\n${errors}`)));
  });
  return {
    base: url.replace(/\/graphql$/, ''),
    url,
    child,
    stderr: () => errors,
    stdout: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
