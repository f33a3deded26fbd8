/** The ways one row's values can fill its columns when digits run together. */
import type { CellValue } from '../../src/reading/template/cell-value';
import { MAX_ROW_DIGITS, searchSplits } from '../../src/reading/template/run-splits';

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
    expect(searchSplits([run('00')], 3, []).kind).toBe('tooFewDigits');
    expect(searchSplits([run('1'), run('2'), run('3')], 2, []).kind).toBe('tooManyDigits');
    expect(searchSplits([run('1234567890123')], 1, []).kind).toBe('tooManyDigits');
  });

  it('does not search rows with more digits than a row can plausibly hold', () => {
    expect(searchSplits([run('1'.repeat(MAX_ROW_DIGITS + 1))], 7, []).kind).toBe('tooLong');
  });

  it('stops when there are too many ways to split', () => {
    expect(searchSplits([run('9'.repeat(MAX_ROW_DIGITS))], 15, []).kind).toBe('tooManyWays');
  });
});
