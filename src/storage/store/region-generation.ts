import { shardOf } from './data-generation';

/**
 * What a change of the region tree counts its write under: one key, so that every such change
 * lands in one shard and that shard's count moves whenever the tree does.
 */
export const REGION_WRITES = 'regions';

/**
 * The region tree's generation as a scalar subquery: the count of its shard. Read in the
 * same statement as facts about regions, it says which tree they were read from; equal counts
 * mean no change of the tree in between (other writes that land in the shard only make a
 * count differ more often than needed). Constant text: the shard is the program's own number.
 */
export const REGION_GENERATION = `(SELECT writes FROM generation_shards WHERE shard = ${shardOf(REGION_WRITES)})` as const;

/** A generation read back: a number (SQLite, mysql2), a bigint or text; null without its row. */
export function generationText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '0';
  throw new Error(`the region tree's generation came back as ${JSON.stringify(value)}, not a number`);
}
