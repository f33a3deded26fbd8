import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { freePorts } from '../free-ports';

/**
 * A local MariaDB Galera cluster for tests: three nodes on loopback, each with its own data
 * directory, ports, socket and defaults file under one temporary folder, never /etc/mysql or
 * the server on 3306. mariadbd takes its node's `--defaults-file` as its first argument and
 * clients are started with `--no-defaults` (Debian's /etc/mysql/my.cnf points clients at the
 * production socket). Everything a later process needs to reach or restart a node is in
 * `cluster.json` in the folder, so a test worker can kill and restart a node that the jest
 * process started.
 */

const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL_DB = 'mariadb-install-db';
const PROVIDER = '/usr/lib/galera/libgalera_smm.so';
const START_TIMEOUT_MS = 120_000;

export interface GaleraNode {
  name: string;
  /** The client port (MySQL protocol). */
  port: number;
  /** Galera's group communication (gmcast.listen_addr). */
  galeraPort: number;
  /** Incremental state transfer (ist.recv_addr). */
  istPort: number;
  /** Full state transfer by rsync (wsrep_sst_receive_address). */
  sstPort: number;
  dir: string;
  defaultsFile: string;
  pidFile: string;
  log: string;
}

export interface GaleraCluster {
  dir: string;
  nodes: GaleraNode[];
  /** Milliseconds from nothing to three synced nodes. */
  startMs: number;
}

/** Where a running cluster is described, for processes other than the one that started it. */
export const clusterFile = (dir: string): string => path.join(dir, 'cluster.json');

export function readCluster(dir: string): GaleraCluster {
  return JSON.parse(fs.readFileSync(clusterFile(dir), 'utf8')) as GaleraCluster;
}

/** A mysql:// URL of `database` on `node`, as root (no password, loopback only). */
export function nodeUrl(node: GaleraNode, database: string): string {
  return `mysql://root@127.0.0.1:${node.port}/${database}`;
}

/** The hub's DATABASE_URL for the cluster, nodes in the order given (the first is preferred). */
export function clusterUrl(nodes: readonly GaleraNode[], database: string): string {
  return `mysql://root@${nodes.map((node) => `127.0.0.1:${node.port}`).join(',')}/${database}`;
}

/**
 * The node's whole configuration. Small buffers and gcache so that three nodes start in
 * seconds; each address set explicitly (left out, a node's IST port defaults to the next
 * node's Galera port and a later rejoin aborts, and every SST uses port 4444); failure
 * detection in about 2.4 s (shorter was unstable on a loaded 2-core machine).
 */
function defaultsFile(node: GaleraNode, all: readonly GaleraNode[]): string {
  const peers = all.map((peer) => `127.0.0.1:${peer.galeraPort}`).join(',');
  const provider = [
    `gmcast.listen_addr=tcp://127.0.0.1:${node.galeraPort}`,
    `ist.recv_addr=127.0.0.1:${node.istPort}`,
    'gcache.size=64M',
    'evs.suspect_timeout=PT2S',
    'evs.inactive_timeout=PT3S',
    'evs.keepalive_period=PT0.5S',
  ].join(';');
  return [
    '[mariadbd]',
    // mariadbd refuses to run as root; the folder is handed to mysql when we are root.
    ...(process.getuid?.() === 0 ? ['user=mysql'] : []),
    `datadir=${path.join(node.dir, 'data')}`,
    `tmpdir=${path.join(node.dir, 'tmp')}`,
    `socket=${path.join(node.dir, 'mariadbd.sock')}`,
    `pid-file=${node.pidFile}`,
    `log-error=${node.log}`,
    `port=${node.port}`,
    'bind-address=127.0.0.1',
    'skip-name-resolve',
    'innodb_buffer_pool_size=64M',
    'innodb_log_file_size=16M',
    'binlog_format=ROW',
    'default_storage_engine=InnoDB',
    'innodb_autoinc_lock_mode=2',
    'wsrep_on=ON',
    `wsrep_provider=${PROVIDER}`,
    'wsrep_cluster_name=hub_test',
    `wsrep_cluster_address=gcomm://${peers}`,
    `wsrep_node_name=${node.name}`,
    `wsrep_node_address=127.0.0.1:${node.galeraPort}`,
    `wsrep_provider_options="${provider}"`,
    'wsrep_sst_method=rsync',
    `wsrep_sst_receive_address=127.0.0.1:${node.sstPort}`,
    '',
  ].join('\n');
}

const readLog = (node: GaleraNode): string => (fs.existsSync(node.log) ? fs.readFileSync(node.log, 'utf8') : '(no log)');

const logTail = (node: GaleraNode): string => readLog(node).split('\n').slice(-20).join('\n');

/** Root's connection to a node, through its TCP port. */
export function connectNode(node: GaleraNode): Promise<mysql.Connection> {
  return mysql.createConnection({ host: '127.0.0.1', port: node.port, user: 'root' });
}

function pidOf(node: GaleraNode): number | null {
  if (!fs.existsSync(node.pidFile)) return null;
  const pid = Number(fs.readFileSync(node.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether the node's mariadbd is running (it may still be joining). */
export function nodeRunning(node: GaleraNode): boolean {
  const pid = pidOf(node);
  return pid !== null && alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The node's wsrep state: Synced once it serves, as seen through a fresh connection. */
async function nodeState(node: GaleraNode): Promise<string | null> {
  const connection = await connectNode(node).catch(() => null);
  if (!connection) return null;
  try {
    const [rows] = await connection.query("SHOW STATUS LIKE 'wsrep_local_state_comment'");
    return (rows as { Value: string }[])[0]?.Value ?? null;
  } catch {
    return null;
  } finally {
    await connection.end().catch(() => undefined);
  }
}

/** Waits until the node is Synced with the cluster, or says why not from its log. */
export async function waitSynced(node: GaleraNode, exited: () => number | null = () => null): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if ((await nodeState(node)) === 'Synced') return;
    const code = exited();
    if (code !== null) throw new Error(`${node.name} exited with ${code}; its log ends:\n${logTail(node)}`);
    if (Date.now() > deadline) throw new Error(`${node.name} was not Synced in ${START_TIMEOUT_MS} ms; its log ends:\n${logTail(node)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts mariadbd on the node's defaults file, detached (a test worker may start a node that
 * outlives it; the pid file says where it is), and waits until it is Synced.
 */
export async function startNode(node: GaleraNode, extra: string[] = []): Promise<void> {
  fs.rmSync(node.pidFile, { force: true });
  const child = spawn(MARIADBD, [`--defaults-file=${node.defaultsFile}`, ...extra], { stdio: 'ignore', detached: true });
  let exitCode: number | null = null;
  child.once('exit', (code, signal) => (exitCode = code ?? (signal ? 128 : 1)));
  child.unref();
  await waitSynced(node, () => exitCode);
}

/** kill -9: the node dies at once, mid-transaction, as a crashed machine would. */
export function killNode(node: GaleraNode): void {
  const pid = pidOf(node);
  if (pid !== null && alive(pid)) process.kill(pid, 'SIGKILL');
}

async function waitGone(node: GaleraNode): Promise<void> {
  const pid = pidOf(node);
  while (pid !== null && alive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * After a kill -9, the node's position is recovered from InnoDB (`--wsrep-recover`) and handed
 * to the restart (`--wsrep-start-position`): without it the node does not know what it holds
 * and takes a full copy (SST) instead of the writes it missed (IST).
 */
export async function recoveredPosition(node: GaleraNode): Promise<string> {
  await waitGone(node);
  const before = readLog(node).length;
  await promisify(execFile)(MARIADBD, [`--defaults-file=${node.defaultsFile}`, '--wsrep-recover']);
  const found = /Recovered position:?\s*([0-9a-f-]{36}:-?\d+)/.exec(readLog(node).slice(before));
  if (!found) throw new Error(`${node.name}: --wsrep-recover printed no position; its log ends:\n${logTail(node)}`);
  return found[1];
}

/** Brings a killed node back into the cluster with the writes it missed. */
export async function rejoinNode(node: GaleraNode): Promise<{ position: string; ms: number }> {
  const started = Date.now();
  const position = await recoveredPosition(node);
  await startNode(node, [`--wsrep-start-position=${position}`]);
  return { position, ms: Date.now() - started };
}

/** Whether the node took the writes it missed incrementally (IST) on its last start, not a full copy. */
export function rejoinedByIst(node: GaleraNode): boolean {
  const log = readLog(node);
  const lastStart = log.lastIndexOf('Recovered position');
  const tail = log.slice(lastStart);
  return /IST received|Receiving IST/.test(tail) && !/Running: 'wsrep_sst_rsync --role 'joiner'/.test(tail);
}

function chownTree(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const { uid, gid } = mysqlUser();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]) {
    fs.chownSync(path.join(dir, entry), uid, gid);
  }
  fs.chownSync(dir, uid, gid);
}

function mysqlUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('mysql:'));
  if (!line) throw new Error('no mysql user on this machine: install mariadb-server');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function layOut(dir: string, size: number): Promise<GaleraNode[]> {
  const ports = await freePorts(size * 4);
  return Array.from({ length: size }, (_, i) => {
    const name = `node${i + 1}`;
    const nodeDir = path.join(dir, name);
    return {
      name,
      port: ports[i * 4],
      galeraPort: ports[i * 4 + 1],
      istPort: ports[i * 4 + 2],
      sstPort: ports[i * 4 + 3],
      dir: nodeDir,
      defaultsFile: path.join(nodeDir, 'my.cnf'),
      pidFile: path.join(nodeDir, 'mariadbd.pid'),
      log: path.join(nodeDir, 'mariadbd.err'),
    };
  });
}

/**
 * Lays out `size` nodes in a fresh temporary folder, installs the system tables on the first,
 * bootstraps the cluster on it (`--wsrep-new-cluster`) and lets the others join by full state
 * transfer (rsync), one after another (the first is each one's donor).
 */
export async function startCluster(size = 3): Promise<GaleraCluster> {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-galera-'));
  const nodes = await layOut(dir, size);
  const cluster: GaleraCluster = { dir, nodes, startMs: 0 };
  try {
    for (const node of nodes) {
      fs.mkdirSync(path.join(node.dir, 'data'), { recursive: true });
      fs.mkdirSync(path.join(node.dir, 'tmp'));
      fs.writeFileSync(node.defaultsFile, defaultsFile(node, nodes));
    }
    chownTree(dir);
    const [first, ...others] = nodes;
    await promisify(execFile)(INSTALL_DB, [
      `--defaults-file=${first.defaultsFile}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    fs.writeFileSync(clusterFile(dir), JSON.stringify(cluster, null, 2));
    await startNode(first, ['--wsrep-new-cluster']);
    for (const node of others) await startNode(node);
  } catch (error) {
    stopCluster(cluster);
    throw error;
  }
  cluster.startMs = Date.now() - started;
  fs.writeFileSync(clusterFile(dir), JSON.stringify(cluster, null, 2));
  return cluster;
}

/** Kills every node (throwaway data: no clean shutdown needed) and removes the folder. */
export function stopCluster(cluster: GaleraCluster): void {
  for (const node of cluster.nodes) killNode(node);
  fs.rmSync(cluster.dir, { recursive: true, force: true });
}
