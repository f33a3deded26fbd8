/** Narrowing splits by the equations across rows and by the narrative's numbers. */
import type { CellValue } from '../../src/reading/template/cell-value';
import type { SplitBasis } from '../../src/reading/template/parse-issues';
import { narrowUnits, type SolverUnit } from '../../src/reading/template/run-solver';

const n = (value: number): CellValue => ({ kind: 'number', value });

function unit(paths: string[], candidates: number[][]): SolverUnit {
  return { paths, candidates: candidates.map((row) => row.map(n)), basis: new Set<SplitBasis>() };
}

const values = (u: SolverUnit) => u.candidates.map((row) => row.map((cell) => (cell.kind === 'number' ? cell.value : null)));

describe('narrowUnits', () => {
  it('keeps the splits some choice of the other rows satisfies', () => {
    const a = unit(
      ['a.x', 'a.y'],
      [
        [1, 10],
        [11, 0],
      ],
    );
    const b = unit(['b.x'], [[11], [12]]);
    narrowUnits([a, b], [{ plus: ['a.x', 'c.x'], minus: ['b.x'] }], (path) => (path === 'c.x' ? 0 : undefined), []);
    expect(values(a)).toEqual([[11, 0]]);
    expect(values(b)).toEqual([[11]]);
    expect(a.basis.has('tableArithmetic')).toBe(true);
  });

  it('sets aside an equation no split satisfies: the report is wrong, not every split', () => {
    const a = unit(['a.x'], [[1], [11]]);
    narrowUnits([a], [{ plus: ['a.x'], minus: ['c.x'] }], () => 5, []);
    expect(values(a)).toEqual([[1], [11]]);
  });

  it('does not use an equation with a blank or missing cell', () => {
    const a = unit(['a.x'], [[1], [11]]);
    narrowUnits([a], [{ plus: ['a.x'], minus: ['c.x'] }], () => null, []);
    narrowUnits([a], [{ plus: ['a.x'], minus: ['d.x'] }], () => undefined, []);
    expect(values(a)).toHaveLength(2);
  });

  it('narrows by a number the narrative states for a cell, unless no split has it', () => {
    const a = unit(
      ['a.x', 'a.y'],
      [
        [3, 17],
        [31, 7],
      ],
    );
    narrowUnits([a], [], () => undefined, [{ key: 'a.y', value: 99, sentence: '' }]);
    expect(values(a)).toHaveLength(2);
    narrowUnits([a], [], () => undefined, [{ key: 'a.y', value: 7, sentence: '' }]);
    expect(values(a)).toEqual([[31, 7]]);
    expect(a.basis.has('narrative')).toBe(true);
  });
});
