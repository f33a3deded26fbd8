/**
 * A hand-written report on the 2021 template in the TAB-led text form (numbers from the real
 * 平潭 2022 report): 2021 columns, （六）其他处理 sub-rows, fees in 万元, no platform table.
 */
import { expectedCells, fixture, parseText, valueAt } from './helpers';
import { textContaining } from '../support/matchers';

const report = parseText(fixture('text/sample-2021.txt'));
const expected = JSON.parse(fixture('text/sample-2021.expected.json')) as Record<string, unknown>;

describe('sample-2021.txt', () => {
  it.each(expectedCells(expected))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  it('detects the 2021 template from the column headers', () => {
    expect(report.template).toBe('2021');
    expect(report.activeDisclosure?.normativeDocuments).toEqual({ made: 88, repealed: 55, valid: 698 });
    expect(report.activeDisclosure).not.toHaveProperty('procurement');
  });

  it('keeps the fees amount in 万元, as the 2021 template states', () => {
    expect(report.activeDisclosure?.fees).toEqual({ amount: 9116.36 });
  });

  it('places the （六）其他处理 sub-rows and sums them into the total', () => {
    const other = report.applications?.otherHandling;
    expect(other?.overdueCorrection?.natural).toBe(2);
    expect(other?.other?.commercial).toBe(2);
    const sum = { natural: 2, commercial: 2, research: 0, publicInterest: 0, legal: 0, other: 0, total: 4 };
    expect(other?.total).toEqual(sum);
  });

  it('takes the active-disclosure total from the narrative when there is no platform table', () => {
    expect(report.countSources?.['channels.totalActive']).toEqual({
      source: 'narrative',
      text: textContaining('全年共主动公开政府信息14571条'),
    });
    expect(report.narrativeCounts).toContainEqual(expect.objectContaining({ key: 'applications.newReceived.total', value: 74 }));
  });

  it('finds the sections under the 2021 numbering (五、… and 六、…)', () => {
    expect(report.sections?.overview?.startsWith('2022年，样例镇坚持')).toBe(true);
    expect(report.sections?.problems?.endsWith('持续深化重点领域信息公开。')).toBe(true);
    expect(report.sections?.other).toBe('2022年，我镇未收取信息处理费。');
  });

  it('raises no parser issues', () => {
    expect(report.issues).toEqual([]);
  });
});
