import { safeCell } from '../../src/answers/export/safe-cell';
import { toCsv } from '../../src/answers/export/csv';

describe('text a spreadsheet would run', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx'])('neutralises %j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, numbers and blanks alone', () => {
    expect([safeCell('梨洲街道'), safeCell(-3), safeCell(null)]).toEqual(['梨洲街道', -3, null]);
  });

  it('neutralises a CSV field', () => {
    const csv = toCsv({ headers: ['名称', '数'], rows: [['=1+1', -2]], percent: [false, false], filter: 'x' }).toString('utf8');
    expect(csv.split('\r\n')[1]).toBe("'=1+1,-2");
  });
});
