import { overlapped } from '../../src/storage/ingest/overlapped';

/** A promise with its resolve at hand, to hold a step until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('overlapped batches', () => {
  it('stores in order and prepares the next batch while one is stored, one batch ahead at most', async () => {
    const events: string[] = [];
    const gates = [gate(), gate(), gate()];
    const run = overlapped(
      [0, 1, 2],
      (batch) => {
        events.push(`prepare ${batch}`);
        return Promise.resolve(batch * 10);
      },
      async (prepared) => {
        events.push(`store ${prepared}`);
        await gates[prepared / 10].opened;
        events.push(`stored ${prepared}`);
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    // Batch 1 is being prepared while batch 0 is stored; batch 2 waits for batch 1's turn.
    expect(events).toEqual(['prepare 0', 'prepare 1', 'store 0']);
    gates.forEach((g) => g.open());
    await run;
    expect(events).toEqual([
      'prepare 0',
      'prepare 1',
      'store 0',
      'stored 0',
      'prepare 2',
      'store 10',
      'stored 10',
      'store 20',
      'stored 20',
    ]);
  });

  it('stops at a batch that cannot be prepared, after storing the one before', async () => {
    const stored: number[] = [];
    const run = overlapped(
      [1, 2, 3],
      (batch) => (batch === 2 ? Promise.reject(new Error('unreadable')) : Promise.resolve(batch)),
      (batch) => {
        stored.push(batch);
        return Promise.resolve();
      },
    );
    await expect(run).rejects.toThrow('unreadable');
    expect(stored).toEqual([1]);
  });

  it('does nothing for no batches', async () => {
    const store = jest.fn(() => Promise.resolve());
    await overlapped([], () => Promise.resolve(0), store);
    expect(store).not.toHaveBeenCalled();
  });
});
