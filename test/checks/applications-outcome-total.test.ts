import { APPLICATION_ROW_PATHS, applicationRow, type ApplicantColumn, type ReportData } from '../../src/reading/template/report-data';
import { buildReport, issuesOf, setCell, setCells } from './builder';

/** Blanks one column in every table-3 row the report has. */
function blankColumn(data: ReportData, column: ApplicantColumn): void {
  for (const row of APPLICATION_ROW_PATHS) {
    if (applicationRow(data.applications, row)) setCell(data, `applications.${row}.${column}`, null);
  }
}

const RULE = 'applications.outcomeTotal';

describe('applications.outcomeTotal', () => {
  it('passes when （一）–（六） add up to （七）总计', () => {
    const data = setCells(buildReport(), {
      'applications.granted.natural': 2,
      'applications.unavailable.notHeld.natural': 3,
      'applications.otherHandling.overdueFee.natural': 1,
      'applications.otherHandling.total.natural': 1,
      'applications.totalProcessed.natural': 6,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports the column with its non-zero outcomes, listing every operand cell', () => {
    const data = setCells(buildReport('2019'), {
      'applications.granted.natural': 2,
      'applications.denied.stateSecret.natural': 1,
      'applications.totalProcessed.natural': 4,
    });
    const [issue, ...rest] = issuesOf(data, RULE);
    expect(rest).toEqual([]);
    expect(issue.message).toBe(
      '表三 收到和处理政府信息公开申请情况“自然人”列：（一）至（六）各项办理结果之和 3' +
        '（其中（一）予以公开 2、（三）不予公开 1.属于国家秘密 1，其余为 0） ≠ （七）总计 4（差 -1）',
    );
    expect(issue.cells).toHaveLength(2 + 8 + 3 + 5 + 1 + 1);
    expect(issue.cells[0]).toBe('applications.granted.natural');
    expect(issue.cells).toContain('applications.notProcessed.confirmation.natural');
    expect(issue.cells.slice(-2)).toEqual(['applications.otherHandling.total.natural', 'applications.totalProcessed.natural']);
  });

  it('counts （六）其他处理 once: its total, not also its sub-rows', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.total': 2,
      'applications.otherHandling.other.total': 2,
      'applications.otherHandling.total.total': 4,
      'applications.totalProcessed.total': 4,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('adds the sub-rows when the report has no （六） total row', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.total': 2,
      'applications.totalProcessed.total': 3,
    });
    delete data.applications!.otherHandling!.total;
    const [issue] = issuesOf(data, RULE);
    expect(issue.message).toContain('（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 2');
    expect(issue.message).toContain('≠ （七）总计 3（差 -1）');
    expect(issue.cells).toContain('applications.otherHandling.other.total');
    expect(issue.cells).not.toContain('applications.otherHandling.total.total');
  });

  it('says so when every outcome is 0', () => {
    const data = setCells(buildReport(), { 'applications.totalProcessed.total': 805 });
    expect(issuesOf(data, RULE)[0].message).toBe(
      '表三 收到和处理政府信息公开申请情况“总计”列：（一）至（六）各项办理结果之和 0（各项均为 0） ≠ （七）总计 805（差 -805）',
    );
  });

  it('counts a blank outcome as 0: fails it against （七）总计 5', () => {
    const data = setCells(buildReport(), {
      'applications.granted.natural': null,
      'applications.totalProcessed.natural': 5,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('≠ （七）总计 5（差 -5）');
  });

  it('passes a blank （七）总计 beside outcomes that add up to 0 (zhangting)', () => {
    const data = setCells(buildReport(), { 'applications.totalProcessed.natural': null });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('says 空白 when every outcome of the column is blank beside a stated total (shanghai)', () => {
    const data = buildReport('2019');
    blankColumn(data, 'total');
    setCell(data, 'applications.totalProcessed.total', 805);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      '表三 收到和处理政府信息公开申请情况“总计”列：（一）至（六）各项办理结果之和 空白 ≠ （七）总计 805（差 -805）',
    ]);
  });

  it('skips a column that is blank from （一） to （七）', () => {
    const data = buildReport('2019');
    blankColumn(data, 'total');
    setCell(data, 'applications.granted.natural', 1);
    expect(issuesOf(data, RULE).map((issue) => issue.cells.at(-1))).toEqual(['applications.totalProcessed.natural']);
  });

  it('skips the table when the （七）总计 row is absent altogether', () => {
    const data = setCells(buildReport(), { 'applications.granted.natural': 5 });
    delete data.applications!.totalProcessed;
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
