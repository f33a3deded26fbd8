import { readCluster, stopCluster } from './cluster';
import { CLUSTER_DIR_VARIABLE } from './test-cluster';

/** Stops the cluster this run started (not one it was given). */
export default function globalTeardown(): void {
  const dir = process.env[CLUSTER_DIR_VARIABLE];
  if (dir && process.env.HUB_GALERA_STARTED_HERE) stopCluster(readCluster(dir));
}
