import { docxOfXml } from '../../bench/hostile-documents';
import { HubError } from '../../src/core/errors';
import { ParsePool, startParsePool } from '../../src/workers/parse-pool';
import { reportFixture } from '../support/fixtures';
import { REGISTER_TS } from '../support/register-ts';

/** Far above the few milliseconds a text report takes (0.1 s cold), far below the 2–9 s 3.8 MB of Word XML takes (see test/hostile/documents.test.ts). */
const TIMEOUT_MS = 500;

/**
 * A document past its deadline replaces the whole pool (parse-pool.ts), so the documents that
 * were waiting in the old pool are refused by it: they must be read again by the new pool,
 * not answered with the old pool's "terminated". The new pool's worker loads the hub's
 * TypeScript, seconds on a loaded machine: that must not count against their deadline.
 */
describe('the parse pool after a document past its deadline', () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = startParsePool({ workers: 1, timeoutMs: TIMEOUT_MS, memoryMb: 1024, execArgv: ['-r', REGISTER_TS] });
  });
  afterAll(() => pool.close());

  it('reads the documents queued behind it in the new pool, and counts one document over its limit', async () => {
    const report = reportFixture('zhangting-2019.txt');
    // One worker: the Word document takes it, the three reports wait their turn in the same pool.
    const slow = pool.parse(await docxOfXml(3.8), 'DOCX');
    const queued = [1, 2, 3].map(() => pool.parse(report, 'AUTO'));

    await expect(slow).rejects.toMatchObject({ code: 'DOCUMENT_TOO_COMPLEX' } satisfies Partial<HubError>);
    const read = await Promise.all(queued);
    expect(read.map((document) => document.data.year)).toEqual([2019, 2019, 2019]);
    expect(pool.counts()).toEqual({ read: 3, overLimit: 1 });
  });
});
