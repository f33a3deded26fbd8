import 'reflect-metadata';
import { loadConfig } from './config';
import { startHub } from './hub';

async function main(): Promise<void> {
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

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
