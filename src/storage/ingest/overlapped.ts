/**
 * Runs `prepare` on each batch and `store` on what it gives, batches in order, starting to
 * prepare the next batch when the one before is handed to `store`: reading a batch's documents
 * (parse workers, other cores) overlaps storing the batch before (this thread, the database)
 * instead of each waiting for the other. One batch ahead at most, so memory stays at two
 * batches. `prepare` must not depend on what `store` writes; a failure of either stops the run
 * with its error once the batch being stored is done.
 */
export async function overlapped<B, P>(
  batches: Iterable<B>,
  prepare: (batch: B) => Promise<P>,
  store: (prepared: P) => Promise<void>,
): Promise<void> {
  const pending = batches[Symbol.iterator]();
  const start = (): Promise<P> | null => {
    const next = pending.next();
    if (next.done) return null;
    const prepared = prepare(next.value);
    // Awaited in its turn; until then a failure must not count as unhandled.
    prepared.catch(() => undefined);
    return prepared;
  };
  for (let current = start(); current;) {
    const prepared = await current;
    current = start();
    await store(prepared);
  }
}
