import { DataSource, EntityManager } from 'typeorm';
import { GENERATION_SHARDS } from '../db/generation-shards';

/** FNV-1a: the same key always lands on the same shard, different keys spread evenly. */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % GENERATION_SHARDS;
}

/**
 * Counts a write in the data generation, inside the write's own transaction (so the count
 * and the data become visible together, at its commit). `key` names what was written (a
 * township and year, a region's rubric): writes of the same thing share a shard, and they
 * conflict with each other anyway.
 */
export async function countWrite(manager: EntityManager, key: string): Promise<void> {
  await manager.query('UPDATE generation_shards SET writes = writes + 1 WHERE shard = ?', [shardOf(key)]);
}

/**
 * Which state of the data a reader sees, as text: the number of writes committed so far. It
 * grows with every counted write, so equal generations (read through the same database) hold
 * equal data. One statement over a few hundred short rows.
 */
export async function readGeneration(dataSource: DataSource): Promise<string> {
  // SUM comes back as a number (SQLite) or a decimal string (MySQL), null for no rows.
  const [row] = await dataSource.query<{ writes: number | string | null }[]>('SELECT SUM(writes) AS writes FROM generation_shards');
  return String(row?.writes ?? 0);
}
