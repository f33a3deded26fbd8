/** The ways one row's values can fill its columns when digits run together. */
import type { CellValue } from '../../src/reading/template/cell-value';
import { MAX_CANDIDATES, MAX_ROW_DIGITS, searchSplits, SPLIT_BUDGET } from '../../src/reading/template/run-splits';

const run = (digits: string): CellValue => ({ kind: 'run', digits });

/** The splits as rows of cell texts, for readable expectations. */
function splits(values: CellValue[], width: number, equations: { plus: number[]; minus: number[] }[] = []): string[] {
  const search = searchSplits(values, width, equations);
  if (search.kind !== 'splits') throw new Error(search.kind);
  return search.candidates.map((cells) => cells.map((cell) => (cell.kind === 'number' ? String(cell.value) : cell.kind)).join('|'));
}

describe('searchSplits', () => {
  it('lists every split into the row width', () => {
    expect(splits([run('3117')], 3)).toEqual(['3|1|17', '3|11|7', '31|1|7']);
  });

  it('gives a cell no leading zero, except a lone 0', () => {
    expect(splits([run('1005')], 2)).toEqual(['100|5']);
    expect(splits([run('1005')], 3)).toEqual(['10|0|5']);
    expect(splits([run('00')], 2)).toEqual(['0|0']);
  });

  it('keeps the decimals with the last cell and the sign with the first', () => {
    expect(splits([run('41371923.02')], 2)).toEqual([
      '4|1371923.02',
      '41|371923.02',
      '413|71923.02',
      '4137|1923.02',
      '41371|923.02',
      '413719|23.02',
      '4137192|3.02',
    ]);
    expect(splits([run('5'), run('-331')], 3)).toEqual(['5|-3|31', '5|-33|1']);
  });

  it('places the other values as one cell each, where they stand', () => {
    expect(splits([{ kind: 'notApplicable' }, run('123')], 3)).toEqual(['notApplicable|1|23', 'notApplicable|12|3']);
  });

  it('keeps only the splits whose parts add up to their total', () => {
    const rowTotal = { plus: [0, 1, 2, 3, 4, 5], minus: [6] };
    expect(splits([run('713000074')], 7, [rowTotal])).toEqual(['71|3|0|0|0|0|74']);
  });

  it('tells too few digits from too many', () => {
    expect(searchSplits([run('0')], 3, []).kind).toBe('tooFewDigits');
    expect(searchSplits([run('1'), run('2'), run('3')], 2, []).kind).toBe('tooManyDigits');
    expect(searchSplits([run('1234567890123')], 1, []).kind).toBe('tooManyDigits');
  });

  it('does not search rows with more digits than a row can plausibly hold', () => {
    expect(searchSplits([run('1'.repeat(MAX_ROW_DIGITS + 1))], 7, []).kind).toBe('tooLong');
  });

  it('stops when there are too many ways to split', () => {
    expect(searchSplits([run('9'.repeat(MAX_ROW_DIGITS))], 15, []).kind).toBe('tooManyWays');
  });

  it('lets a row one digit short have one blank cell anywhere: 结转 000000 for seven cells', () => {
    const candidates = splits([run('000000')], 7, [{ plus: [0, 1, 2, 3, 4, 5], minus: [6] }]);
    expect(candidates).toHaveLength(7);
    expect(candidates[0]).toBe('blank|0|0|0|0|0|0');
    expect(candidates[6]).toBe('0|0|0|0|0|0|blank');
  });

  it('points each split cell at its own digits, derived; a run read whole is not derived', () => {
    const located: CellValue = { kind: 'run', digits: '-8855698', source: { start: 100, text: '-8855698' } };
    const search = searchSplits([located], 3, []);
    if (search.kind !== 'splits') throw new Error(search.kind);
    const [first] = search.candidates;
    expect(first.map((cell) => (cell.kind === 'number' ? cell.source : undefined))).toEqual([
      { start: 100, text: '-8', derivedBy: 'parse.derived' },
      { start: 102, text: '8', derivedBy: 'parse.derived' },
      { start: 103, text: '55698', derivedBy: 'parse.derived' },
    ]);
    const whole = searchSplits([{ kind: 'run', digits: '11', source: { start: 7, text: '11' } }], 1, []);
    expect(whole.kind === 'splits' && whole.candidates[0][0]).toEqual({ kind: 'number', value: 11, source: { start: 7, text: '11' } });
  });
});

describe('the splitter is bounded by a count of candidates tried (a 20-digit row stalled the server for 34–40 s)', () => {
  it('gives up on a row of 20-digit runs after at most SPLIT_BUDGET candidate cells', () => {
    const search = searchSplits([run('12345678901234567891'), run('98765432109876543219')], 7, []);
    expect(search.kind).toBe('tooManyWays');
    expect(search.kind === 'tooManyWays' && search.tried).toBeLessThanOrEqual(SPLIT_BUDGET + 1);
  });

  it('keeps at most MAX_CANDIDATES splits, and says there were too many', () => {
    // 16 ones into 8 cells: more fitting ways than any person could choose among.
    const search = searchSplits([run('1'.repeat(16))], 8, []);
    expect(search.kind).toBe('tooManyWays');
    expect(MAX_CANDIDATES).toBeLessThan(SPLIT_BUDGET);
  });

  it('splits a real row with a small fraction of the budget', () => {
    const rowTotal = { plus: [0, 1, 2, 3, 4, 5], minus: [6] };
    const search = searchSplits([run('713000074')], 7, [rowTotal]);
    expect(search.kind === 'splits' && search.tried).toBeLessThan(SPLIT_BUDGET / 10);
  });
});
