/**
 * Regression: a run-together report whose digit runs are 20 digits long held the
 * server's one thread for 34–40 s. Every row's search now stops after a count of candidate
 * cells tried; the rows past it are parse.unsplittable and keep no value.
 */
import * as runSplits from '../../src/reading/template/run-splits';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { reportFixture } from '../support/fixtures';

/** The real crawler report with every digit run of five or more digits replaced by a 20-digit one. */
function hostileReport(): Buffer {
  return Buffer.from(
    reportFixture('pingtan-2022.txt')
      .toString('utf8')
      .replace(/\d{5,}/g, '12345678901234567891'),
  );
}

describe('a run-together report with 20-digit runs', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is read with a bounded count of candidate splits per row, its long rows unsplittable', async () => {
    const search = jest.spyOn(runSplits, 'searchSplits');
    const read = await parseDocument(hostileReport(), 'TEXT');
    const tried = search.mock.results.map(({ value }) => {
      const result = value as runSplits.SplitSearch;
      return 'tried' in result ? result.tried : 0;
    });
    expect(tried.length).toBeGreaterThan(20);
    expect(Math.max(...tried)).toBeLessThanOrEqual(runSplits.SPLIT_BUDGET + 1);
    const unsplittable = read.data.issues.filter((issue) => issue.rule === 'parse.unsplittable');
    expect(unsplittable.length).toBeGreaterThan(10);
    const empty = unsplittable.flatMap((issue) => issue.cells).filter((cell) => cell.startsWith('applications.'));
    const valueAt = (path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], read.data);
    expect(empty.length).toBeGreaterThan(0);
    for (const cell of empty) expect([cell, valueAt(cell)]).toEqual([cell, null]);
  });
});
