import 'reflect-metadata';
import { loadConfig } from './config';
import { startHub } from './hub';

async function main(): Promise<void> {
  const config = loadConfig();
  const hub = await startHub(config);
  console.log(`disclosure-hub ready at ${hub.url} (${config.database.kind})`);
  const stop = () => {
    hub.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
