import { APPLICANT_COLUMNS, APPLICATION_ROW_PATHS } from '../../src/reading/template/report-data';
import { RULES, runChecks, runDocumentChecks } from '../../src/checks/run-checks';
import { RULE_IDS } from '../../src/checks/rule';
import { buildReport, setCells } from './builder';
import { reportFromExpected } from './fixtures';

const SECTIONS = { overview: '总体情况……', problems: '存在的主要问题……', other: '本年度无其它需要报告的事项。' };

/** The cells 丈亭镇 writes —— in table 2 (第二十条第（五）（六）项 上一年项目数量, 本年增/减). */
const ZHANGTING_NOT_APPLICABLE = ['licensing', 'otherServices', 'punishment', 'coercion'].flatMap((item) => [
  `activeDisclosure.${item}.previous`,
  `activeDisclosure.${item}.change`,
]);

function zhangting() {
  const data = reportFromExpected('zhangting-2019');
  data.sections = SECTIONS;
  data.notApplicable = ZHANGTING_NOT_APPLICABLE;
  return data;
}

const column = (col: string) =>
  APPLICATION_ROW_PATHS.filter((row) => !row.startsWith('otherHandling.') || row === 'otherHandling.total').map(
    (row) => `applications.${row}.${col}`,
  );

describe('runChecks', () => {
  it('runs every rule, in RULE_IDS order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it('finds nothing in a complete, consistent report', () => {
    expect(runChecks(buildReport('2019'))).toEqual([]);
    expect(runChecks(buildReport('2021'), { previous: buildReport('2021') })).toEqual([]);
  });

  it('returns issues in rule order, then cell order', () => {
    const data = setCells(buildReport('2021'), {
      'review.total': 1,
      'applications.newReceived.total': 1,
      'applications.newReceived.natural': 1,
      'applications.granted.natural': -1,
    });
    data.publishedOn = '2023-03-01';
    expect(runChecks(data).map((issue) => `${issue.rule} ${issue.cells[0]}`)).toEqual([
      'applications.identity applications.newReceived.natural',
      'applications.identity applications.newReceived.total',
      'applications.rowTotal applications.granted.natural',
      'applications.outcomeTotal applications.granted.natural',
      'review.total review.maintained',
      'cells.negative applications.granted.natural',
      'report.late publishedOn',
    ]);
  });

  it('gives the same issues, in the same order, from the document rules run where the document was read (a parse worker)', () => {
    const previous = setCells(buildReport('2021'), { 'applications.carriedForward.natural': 2 });
    const data = setCells(buildReport('2021'), {
      'review.total': 1,
      'applications.newReceived.total': 1,
      'applications.granted.natural': -1,
    });
    data.publishedOn = '2023-03-01';
    const whole = runChecks(data, { previous });
    const documentIssues = runDocumentChecks(data);
    expect(new Set(whole.map((issue) => issue.rule))).toEqual(
      new Set([
        'applications.identity',
        'applications.rowTotal',
        'applications.outcomeTotal',
        'review.total',
        'cells.negative',
        'report.late',
        'years.carryOver',
      ]),
    );
    // Only the rules that need the year before or a deadline are left to run beside the store.
    expect(documentIssues.map((issue) => issue.rule)).not.toContain('report.late');
    expect(documentIssues.map((issue) => issue.rule)).not.toContain('years.carryOver');
    expect(runChecks(data, { previous }, documentIssues)).toEqual(whole);
    // Given, the document rules' issues are taken as found, not found again.
    expect(runChecks(data, { previous }, []).map((issue) => issue.rule)).toEqual(['report.late', 'years.carryOver']);
  });

  describe('zhangting 2019 (blank 其他 and 总计 columns, blank （七）总计 row)', () => {
    const issues = runChecks(zhangting());

    it('reports only the blanks: no arithmetic error, since the blanks count as 0 beside parts that are 0', () => {
      expect(issues.map((issue) => issue.rule)).toEqual(Array(5).fill('cells.blank'));
      expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    });

    it('names the blank 其他 and 总计 columns first, once each, with all their cells', () => {
      expect(issues[0].message).toBe('表三 收到和处理政府信息公开申请情况“其他”列各行均为空白（共 23 格），应填写数字');
      expect(issues[0].cells).toEqual(column('other'));
      expect(issues[1].message).toBe('表三 收到和处理政府信息公开申请情况“总计”列各行均为空白（共 23 格），应填写数字');
      expect(issues[1].cells).toEqual(column('total'));
    });

    it('names the blank （七）总计 row with the cells its columns did not already name', () => {
      expect(issues[3]).toEqual({
        rule: 'cells.blank',
        severity: 'warning',
        message: '表三 收到和处理政府信息公开申请情况“（七）总计”行整行空白，应填写数字',
        cells: APPLICANT_COLUMNS.slice(0, 5).map((col) => `applications.totalProcessed.${col}`),
      });
    });

    it('names the single blank cells: 上年结转 社会公益组织 and 未经复议直接起诉 结果维持', () => {
      expect(issues[2].cells).toEqual(['applications.carriedOver.publicInterest']);
      expect(issues[4]).toEqual({
        rule: 'cells.blank',
        severity: 'warning',
        message: '表四 行政复议、行政诉讼情况“行政诉讼—未经复议直接起诉”行“结果维持”列为空白，应填写数字',
        cells: ['litigationDirect.maintained'],
      });
    });

    it('does not call the —— cells blank once they are listed as not applicable', () => {
      const blankCells = issues.flatMap((issue) => issue.cells);
      expect(blankCells.filter((cell) => cell.startsWith('activeDisclosure.'))).toEqual([]);

      const withoutNotApplicable = { ...zhangting(), notApplicable: undefined };
      const tableTwo = runChecks(withoutNotApplicable).filter((issue) => issue.cells[0].startsWith('activeDisclosure.'));
      expect(tableTwo.flatMap((issue) => issue.cells)).toEqual(ZHANGTING_NOT_APPLICABLE);
    });

    it('finds the narrative counts in agreement with the platform table', () => {
      const data = zhangting();
      data.countSources = { 'channels.website': { source: 'table', text: '2.政府网站公开政府信息数' } };
      data.narrativeCounts = [{ key: 'channels.website', value: 130, sentence: '通过政府网站公开政府信息130条' }];
      expect(runChecks(data)).toEqual(issues);
    });
  });

  describe('shanghai office 2019 (blank 总计 beside stated parts, as its computedIssues list)', () => {
    const data = { ...reportFromExpected('shanghai-office-2019'), sections: SECTIONS };
    const errors = runChecks(data).filter((issue) => issue.severity === 'error');
    /** computedIssues: "rowTotal granted: total blank, parts sum 272" … */
    const ROW_TOTALS: [string, number][] = [
      ['granted', 272],
      ['partiallyGranted', 3],
      ['denied.stateSecret', 14],
      ['denied.internalAffairs', 5],
      ['denied.processInformation', 4],
      ['denied.administrativeQuery', 12],
      ['unavailable.notHeld', 265],
      ['unavailable.needsCreation', 47],
      ['unavailable.unclear', 25],
      ['notProcessed.complaint', 149],
      ['notProcessed.repeated', 9],
    ];

    it('reports exactly the blank row totals and the 总计 column of （七）总计, and no other error', () => {
      expect(errors.map((issue) => `${issue.rule} ${issue.cells.at(-1)}`)).toEqual([
        ...ROW_TOTALS.map(([row]) => `applications.rowTotal applications.${row}.total`),
        'applications.outcomeTotal applications.totalProcessed.total',
      ]);
    });

    it('gives each row its parts sum against 总计 空白', () => {
      const rowTotals = errors.filter((issue) => issue.rule === 'applications.rowTotal');
      expect(rowTotals.map((issue) => issue.message.split('：')[1].replace(/^.* = /, ''))).toEqual(
        ROW_TOTALS.map(([, sum]) => `${sum} ≠ 总计 空白（差 ${sum}）`),
      );
    });

    it('gives outcomes 空白 (0) against totalProcessed 805', () => {
      expect(errors.at(-1)!.message).toBe(
        '表三 收到和处理政府信息公开申请情况“总计”列：（一）至（六）各项办理结果之和 空白 ≠ （七）总计 805（差 -805）',
      );
    });

    it('leaves the blanks themselves to cells.blank warnings', () => {
      const warnings = runChecks(data).filter((issue) => issue.severity === 'warning');
      expect(new Set(warnings.map((issue) => issue.rule))).toEqual(new Set(['cells.blank']));
      expect(warnings.flatMap((issue) => issue.cells)).toContain('applications.granted.total');
    });
  });

  it('hongze 2023: only the two table-4 totals that do not add up', () => {
    const data = { ...reportFromExpected('hongze-2023'), publishedOn: '2024-01-30', sections: SECTIONS };
    expect(runChecks(data).map((issue) => [issue.rule, issue.cells[4]])).toEqual([
      ['review.total', 'review.total'],
      ['litigation.total', 'litigationAfterReview.total'],
    ]);
  });

  it.each(['pingtan-2022', 'shuyang-2025'])('%s: no errors, as its expected.json says', (name) => {
    const data = { ...reportFromExpected(name), sections: SECTIONS };
    expect(runChecks(data).filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
