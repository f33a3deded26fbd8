import { issueFingerprint } from '../../src/checks/issue-fingerprint';
import { generateReport } from '../../src/generator/generate-report';
import type { ReportData } from '../../src/reading/template/report-data';

const data = (): ReportData =>
  generateReport({ organization: '丈亭镇人民政府', year: 2020, template: '2019', seed: 'fingerprint', publishedOn: '2021-03-01' });
const rowTotal = { rule: 'applications.rowTotal', cells: ['applications.granted.natural', 'applications.granted.total'] };

describe('issue fingerprints', () => {
  it('are 32 hex digits, the same for the same rule, cells and values', () => {
    const fingerprint = issueFingerprint(rowTotal, data());
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(issueFingerprint(rowTotal, data())).toBe(fingerprint);
  });

  it("change with a value of the issue's cells, not with other cells or the message", () => {
    const base = data();
    const other = data();
    other.applications!.granted!.commercial = 99;
    other.channels!.website = 1;
    expect(issueFingerprint({ ...rowTotal }, other)).toBe(issueFingerprint(rowTotal, base));
    const changed = data();
    changed.applications!.granted!.total! += 1;
    expect(issueFingerprint(rowTotal, changed)).not.toBe(issueFingerprint(rowTotal, base));
  });

  it('change with the rule or the cells', () => {
    const base = issueFingerprint(rowTotal, data());
    expect(issueFingerprint({ ...rowTotal, rule: 'applications.identity' }, data())).not.toBe(base);
    expect(issueFingerprint({ ...rowTotal, cells: rowTotal.cells.slice(1) }, data())).not.toBe(base);
  });

  it('take dates, absent parts and whole parts alike, whatever the order of their keys', () => {
    const late = { rule: 'report.late', cells: ['publishedOn'] };
    const later = data();
    later.publishedOn = '2021-03-02';
    expect(issueFingerprint(late, later)).not.toBe(issueFingerprint(late, data()));
    const missing = { rule: 'report.sections', cells: ['review'] };
    const without = data();
    delete without.review;
    expect(issueFingerprint(missing, without)).not.toBe(issueFingerprint(missing, data()));
    const reordered = data();
    reordered.review = { total: 0, pending: 0, other: 0, corrected: 0, maintained: 0 };
    const ordered = data();
    ordered.review = { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(issueFingerprint(missing, reordered)).toBe(issueFingerprint(missing, ordered));
  });
});
