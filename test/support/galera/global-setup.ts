import { startCluster, stopCluster } from './cluster';
import { CLUSTER_DIR_VARIABLE } from './test-cluster';

/**
 * Starts the cluster once for the whole run; the test files find it through the environment.
 * With HUB_GALERA_DIR already set (the folder of a running cluster that startCluster made,
 * kept between runs while working on the tests), that cluster is used and left running.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[CLUSTER_DIR_VARIABLE]) return;
  const cluster = await startCluster(3);
  process.env[CLUSTER_DIR_VARIABLE] = cluster.dir;
  process.env.HUB_GALERA_STARTED_HERE = '1';
  // Should jest end without its teardown (a crash, Ctrl-C), the nodes go with it.
  process.once('exit', () => stopCluster(cluster));
  process.stdout.write(
    `\n  [figure] Galera cluster of ${cluster.nodes.length} nodes synced in ${(cluster.startMs / 1000).toFixed(1)} s (${cluster.dir})\n`,
  );
}
