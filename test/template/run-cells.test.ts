/** Cells and rows of tables whose digits ran together (cell-value `run`, row-parts). */
import { parseCell, runWidth } from '../../src/reading/template/cell-value';
import { canHold, hasValue, splitRow } from '../../src/reading/template/row-parts';

describe('run cells', () => {
  it('reads a digit string as a run only in a run-together table', () => {
    expect(parseCell('8855698', true)).toEqual({ kind: 'run', digits: '8855698' });
    expect(parseCell('-331', true)).toEqual({ kind: 'run', digits: '-331' });
    expect(parseCell('9116.36', true)).toEqual({ kind: 'run', digits: '9116.36' });
    expect(parseCell('8855698')).toEqual({ kind: 'number', value: 8855698 });
  });

  it('leaves marks, units and prose as they are', () => {
    expect(parseCell('——', true)).toEqual({ kind: 'notApplicable' });
    expect(parseCell('251000元', true)).toEqual({ kind: 'number', value: 251000, unit: '元' });
    expect(parseCell('规章', true)).toEqual({ kind: 'text', text: '规章' });
  });

  it('counts the most cells a run can hold: its digits before the point', () => {
    expect(runWidth('8855698')).toBe(7);
    expect(runWidth('-331')).toBe(3);
    expect(runWidth('9116.36')).toBe(4);
  });

  it('splits a run-together row into its label and runs', () => {
    const parts = splitRow(['行政规范性文件', '8855698'], true);
    expect(parts.label).toBe('行政规范性文件');
    expect(parts.values).toEqual([{ kind: 'run', digits: '8855698' }]);
    expect(hasValue(parts)).toBe(true);
  });

  it('tells whether values can fill a width: a run one cell per digit at most, and one blank the text does not show', () => {
    const run = { kind: 'run', digits: '000' } as const;
    expect(canHold([run], 1)).toBe(true);
    expect(canHold([run], 3)).toBe(true);
    expect(canHold([run], 4)).toBe(true);
    expect(canHold([run], 5)).toBe(false);
    expect(canHold([run, { kind: 'blank' }], 1)).toBe(false);
    expect(
      canHold(
        [
          { kind: 'number', value: 1 },
          { kind: 'number', value: 2 },
        ],
        2,
      ),
    ).toBe(true);
    expect(
      canHold(
        [
          { kind: 'number', value: 1 },
          { kind: 'number', value: 2 },
        ],
        3,
      ),
    ).toBe(false);
  });
});
