import { readCluster, stopCluster } from './cluster';
import { CLUSTER_DIR_VARIABLE } from './test-cluster';

export default function globalTeardown(): void {
  const dir = process.env[CLUSTER_DIR_VARIABLE];
  if (dir) stopCluster(readCluster(dir));
}
