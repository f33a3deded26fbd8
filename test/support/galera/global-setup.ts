import { startCluster } from './cluster';
import { CLUSTER_DIR_VARIABLE } from './test-cluster';

/** Starts the cluster once for the whole run; the test files find it through the environment. */
export default async function globalSetup(): Promise<void> {
  const cluster = await startCluster(3);
  process.env[CLUSTER_DIR_VARIABLE] = cluster.dir;
  console.log(`\nGalera cluster of ${cluster.nodes.length} nodes synced in ${(cluster.startMs / 1000).toFixed(1)} s (${cluster.dir})`);
}
