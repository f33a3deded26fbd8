/**
 * The data generation is the sum of `generation_shards.writes`: every write transaction adds 1
 * to one shard, chosen by what it writes (an upload by its township and year). A sum of
 * counters moves with every committed write whatever the node and in whatever order
 * auto-increment ids were handed out, and spreading the counter over many rows keeps it from
 * being one row that every upload updates (on Galera, a row that two nodes update in the same
 * moment makes one of the two transactions fail certification).
 */
export const GENERATION_SHARDS = 256;
