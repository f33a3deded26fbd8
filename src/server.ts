import 'reflect-metadata';
import { loadConfig } from './config';
import { startHub } from './hub';
import { workersTakeDefaultSemiSpaces } from './workers/semi-spaces';

async function main(): Promise<void> {
  workersTakeDefaultSemiSpaces();
  const config = loadConfig();
  const hub = await startHub(config);
  console.log(`disclosure-hub ready at ${hub.url} (${config.database.kind}, listening on ${config.host})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new requests; letting those running finish`);
    hub.stop().then(
      (cutOff) => {
        if (cutOff) console.error(`stopped with ${cutOff} requests cut off`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error('stop failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Why the hub could not start, in one line: a taken or forbidden port is the usual first-hour failure. */
function startFailure(error: unknown): string {
  const { code, port } = error as { code?: unknown; port?: unknown };
  if (code === 'EADDRINUSE')
    return `端口 ${String(port)} 已被占用，请停止占用它的程序或设置 PORT / port ${String(port)} is already in use: stop what uses it or set PORT`;
  if (code === 'EACCES')
    return `无权监听端口 ${String(port)}，请设置 PORT（如 4000） / no permission to listen on port ${String(port)}: set PORT (e.g. 4000)`;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error) => {
  console.error(startFailure(error));
  process.exit(1);
});
