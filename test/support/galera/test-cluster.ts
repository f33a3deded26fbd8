import { DataSource } from 'typeorm';
import { DatabaseConfig, parseDatabaseUrl } from '../../../src/storage/db/database-config';
import { openDatabase } from '../../../src/storage/db/data-source';
import { GaleraCluster, GaleraNode, clusterUrl, connectNode, readCluster } from './cluster';

/** Where global-setup.ts tells the test files the cluster of this run is. */
export const CLUSTER_DIR_VARIABLE = 'HUB_GALERA_DIR';

/** The cluster `npm run test:cluster` started for this run. */
export function testCluster(): GaleraCluster {
  const dir = process.env[CLUSTER_DIR_VARIABLE];
  if (!dir) throw new Error(`${CLUSTER_DIR_VARIABLE} is not set: run the cluster tests with npm run test:cluster`);
  return readCluster(dir);
}

let counter = 0;

/** Root's query on one node, through a connection of its own. */
export async function onNode<T = unknown>(node: GaleraNode, sql: string, params?: unknown[]): Promise<T> {
  const connection = await connectNode(node);
  try {
    await connection.query('SET SESSION wsrep_sync_wait = 1');
    return (await connection.query(sql, params))[0] as T;
  } finally {
    await connection.end();
  }
}

/** A new, empty database on the cluster (made through `through`, replicated to all). */
export async function freshClusterDatabase(through: GaleraNode, label: string): Promise<string> {
  const name = `hub_${label}_${process.pid}_${counter++}`;
  await onNode(through, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return name;
}

/** The hub's database settings for `database` through these nodes, in this order of preference. */
export function clusterConfig(nodes: readonly GaleraNode[], database: string): DatabaseConfig {
  return parseDatabaseUrl(clusterUrl(nodes, database));
}

/** A hub's data source on the cluster, preferring the first of `nodes`: migrated, as a starting hub does. */
export function openOnCluster(nodes: readonly GaleraNode[], database: string): Promise<DataSource> {
  return openDatabase(clusterConfig(nodes, database));
}

/** The cluster's nodes, starting at the index given: each hub's own order of preference. */
export function nodesFrom(cluster: GaleraCluster, first: number): GaleraNode[] {
  return cluster.nodes.map((_, i) => cluster.nodes[(first + i) % cluster.nodes.length]);
}
