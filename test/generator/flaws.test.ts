import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';

const clean = generateReport({ organization: '大岚镇人民政府', year: 2019, template: '2019', seed: 'flaws' });

describe('applyFlaws', () => {
  it('blanks the named cell and leaves the input untouched', () => {
    const before = structuredClone(clean);
    const flawed = applyFlaws(clean, [
      { kind: 'blankCell', path: 'applications.denied.stateSecret.natural' },
      { kind: 'blankCell', path: 'channels.website' },
      { kind: 'blankCell', path: 'review.total' },
    ]);
    expect(flawed.applications!.denied!.stateSecret!.natural).toBeNull();
    expect(flawed.channels!.website).toBeNull();
    expect(flawed.review!.total).toBeNull();
    expect(clean).toEqual(before);
  });

  it('rejects a path that names no cell', () => {
    expect(() => applyFlaws(clean, [{ kind: 'blankCell', path: 'applications.denied.nothing.natural' }])).toThrow(/no cell/);
    expect(() => applyFlaws(clean, [{ kind: 'blankCell', path: 'applications.denied' }])).toThrow(/no cell/);
  });

  it('puts a table-3 row total off so that the row no longer adds up', () => {
    const flawed = applyFlaws(clean, [{ kind: 'rowTotalOff', row: 'granted', by: 2 }]);
    const row = flawed.applications!.granted!;
    const parts = row.natural! + row.commercial! + row.research! + row.publicInterest! + row.legal! + row.other!;
    expect(row.total).toBe(parts + 2);
  });

  it('defaults a row total off by one, and counts a blank total as zero', () => {
    const flawed = applyFlaws(clean, [
      { kind: 'blankCell', path: 'applications.carriedOver.total' },
      { kind: 'rowTotalOff', row: 'carriedOver' },
    ]);
    expect(flawed.applications!.carriedOver!.total).toBe(1);
  });

  it('publishes after the 31 January deadline', () => {
    expect(applyFlaws(clean, [{ kind: 'late' }]).publishedOn).toBe('2020-03-15');
    expect(applyFlaws(clean, [{ kind: 'late', publishedOn: '2020-02-02' }]).publishedOn).toBe('2020-02-02');
  });
});
