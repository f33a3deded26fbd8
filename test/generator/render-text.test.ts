import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import {
  APPLICANT_COLUMNS,
  CASE_COLUMNS,
  CASE_GROUPS,
  applicationRow,
  type ReportData,
  type TemplateVersion,
} from '../../src/reading/template/report-data';
import { rowLabelled, tablesOf } from './text-tables';

function report(template: TemplateVersion, seed: string | number = 'render'): ReportData {
  const year = template === '2019' ? 2019 : 2021;
  return generateReport({ organization: '丈亭镇人民政府', year, template, seed });
}

/** Rows of table 3 as the template prints them, spelled out here independently of the renderer. */
const SHARED_HEAD: [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '（一）予以公开'],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['denied.stateSecret', '1.属于国家秘密'],
  ['denied.prohibitedByLaw', '2.其他法律行政法规禁止公开'],
  ['denied.securityStability', '3.危及“三安全一稳定”'],
  ['denied.thirdPartyRights', '4.保护第三方合法权益'],
  ['denied.internalAffairs', '5.属于三类内部事务信息'],
  ['denied.processInformation', '6.属于四类过程性信息'],
  ['denied.enforcementFiles', '7.属于行政执法案卷'],
  ['denied.administrativeQuery', '8.属于行政查询事项'],
  ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
  ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '3.补正后申请内容仍不明确'],
  ['notProcessed.complaint', '1.信访举报投诉类申请'],
  ['notProcessed.repeated', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'],
  ['notProcessed.massRepeated', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
];
const SHARED_TAIL: [string, string][] = [
  ['totalProcessed', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
];
const TABLE3_ROWS: Record<TemplateVersion, [string, string][]> = {
  '2019': [...SHARED_HEAD, ['otherHandling.total', '（六）其他处理'], ...SHARED_TAIL],
  '2021': [
    ...SHARED_HEAD,
    ['otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['otherHandling.other', '3.其他'],
    ...SHARED_TAIL,
  ],
};

const HEADINGS: Record<TemplateVersion, string[]> = {
  '2019': [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、公开平台建设和信息发布情况',
    '四、收到和处理政府信息公开申请情况',
    '五、政府信息公开行政复议、行政诉讼情况',
    '六、政府信息公开工作存在的主要问题及改进情况',
    '七、其他需要报告的事项',
  ],
  '2021': [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、公开平台建设和信息发布情况',
    '四、收到和处理政府信息公开申请情况',
    '五、政府信息公开行政复议、行政诉讼情况',
    '六、存在的主要问题及改进情况',
    '七、其他需要报告的事项',
  ],
};

const TABLE2_HEADERS: Record<TemplateVersion, string[][]> = {
  '2019': [
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['信息内容', '上一年项目数量', '本年增/减'],
    ['信息内容', '采购项目数量', '采购总金额'],
  ],
  '2021': [
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['信息内容', '本年处理决定数量'],
    ['信息内容', '本年收费金额（单位：万元）'],
  ],
};

describe('renderText', () => {
  it('renders the same text for the same seed and different text for different seeds', () => {
    for (const template of ['2019', '2021'] as const) {
      expect(renderText(report(template, 'x'))).toBe(renderText(report(template, 'x')));
      expect(renderText(report(template, 'x'))).not.toBe(renderText(report(template, 'y')));
    }
  });

  it('writes every table cell as one TAB line and prose without TAB', () => {
    const text = renderText(report('2019'));
    for (const line of text.split('\n')) {
      if (line.startsWith('\t')) expect(line.slice(1)).not.toContain('\t');
      else expect(line).not.toContain('\t');
    }
    expect(text.split('\n').filter((line) => line.startsWith('\t')).length).toBeGreaterThan(300);
  });
});

describe.each(['2019', '2021'] as const)('renderText %s template', (template) => {
  const data = report(template);
  const text = renderText(data);
  const lines = text.split('\n');
  const [table2, channelTable, table3, table4] = tablesOf(text);

  it('starts with the title and ends with the organization and date', () => {
    expect(lines[0]).toBe(`丈亭镇人民政府${data.year}年度政府信息公开工作年度报告`);
    const [year, month, day] = data.publishedOn!.split('-');
    const signature = lines.filter((line) => line !== '').slice(-2);
    expect(signature).toEqual(['丈亭镇人民政府', `${year}年${month}月${day}日`]);
  });

  it('has the section headings in order', () => {
    const positions = HEADINGS[template].map((heading) => lines.indexOf(heading));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('puts the prose sections under their headings', () => {
    for (const key of ['overview', 'problems', 'other'] as const) {
      for (const paragraph of data.sections![key]!.split('\n')) expect(lines).toContain(paragraph);
    }
  });

  it('has four tables', () => {
    expect(tablesOf(text)).toHaveLength(4);
  });

  it('writes the table-2 header rows of the template', () => {
    for (const header of TABLE2_HEADERS[template]) expect(table2).toContainEqual(header);
    expect(table2).toContainEqual(['第二十条第（一）项']);
    expect(table2.filter((row) => row[0].startsWith('第二十条')).length).toBe(template === '2019' ? 5 : 4);
  });

  it('writes amounts with two decimals', () => {
    const row = rowLabelled(table2, template === '2019' ? '政府集中采购' : '行政事业性收费');
    expect(row[row.length - 1]).toMatch(/^\d+\.\d\d$/);
  });

  it('writes the channel table rows as label, unit, count', () => {
    expect(channelTable[0]).toEqual(['统　计　指　标', '单位', '统计数']);
    expect(rowLabelled(channelTable, '2.政府网站公开政府信息数')).toEqual([
      '2.政府网站公开政府信息数',
      '条',
      String(data.channels!.website),
    ]);
    expect(rowLabelled(channelTable, '4.政务微信公开政府信息数')[2]).toBe(String(data.channels!.wechat));
  });

  it('writes table 3 with its header rows and merged label cells', () => {
    expect(table3[0][1]).toBe('申请人情况');
    expect(table3[1]).toEqual(['', '自然人', '法人或其他组织', '总计']);
    expect(table3[2]).toEqual(['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(rowLabelled(table3, '（一）予以公开').slice(0, 2)).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(rowLabelled(table3, '1.属于国家秘密').slice(0, 3)).toEqual(['', '（三）不予公开', '1.属于国家秘密']);
    expect(rowLabelled(table3, '2.重复申请').slice(0, 3)).toEqual(['', '', '2.重复申请']);
    expect(rowLabelled(table3, '（七）总计').slice(0, 2)).toEqual(['', '（七）总计']);
  });

  it('writes each table-3 data row with its label and the seven values of the row', () => {
    const dataRows = table3.slice(3);
    expect(dataRows).toHaveLength(TABLE3_ROWS[template].length);
    TABLE3_ROWS[template].forEach(([path, label], i) => {
      const cells = dataRows[i];
      expect(cells[cells.length - 8]).toBe(label);
      const values = applicationRow(data.applications, path)!;
      expect(cells.slice(-7)).toEqual(APPLICANT_COLUMNS.map((column) => String(values[column])));
    });
  });

  it('writes table 4 as three header rows and one data row of 15 cells', () => {
    expect(table4).toHaveLength(4);
    expect(table4[0]).toEqual(['行政复议', '行政诉讼']);
    expect(table4[1]).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(table4[2]).toHaveLength(15);
    const expected = CASE_GROUPS.flatMap((group) => CASE_COLUMNS.map((column) => String(data[group]![column])));
    expect(table4[3]).toEqual(expected);
  });
});

describe('renderText blanks and not-applicable cells', () => {
  it('renders a null cell as a line holding only a TAB', () => {
    const data = applyFlaws(report('2019'), [{ kind: 'blankCell', path: 'applications.newReceived.total' }]);
    const text = renderText(data);
    const row = rowLabelled(tablesOf(text)[2], '一、本年新收政府信息公开申请数量');
    expect(row[7]).toBe('');
    const natural = String(data.applications!.newReceived!.natural);
    expect(text).toContain(`\t一、本年新收政府信息公开申请数量\n\t${natural}\n`);
    expect(text).toMatch(/\n\t\n\n\t二、上年结转/);
  });

  it('renders a blank channel as a lone TAB', () => {
    const data = report('2019');
    data.channels!.weibo = null;
    expect(renderText(data)).toContain('\t3.政务微博公开政府信息数\n\t条\n\t\n');
  });

  it('renders notApplicable cells as ——', () => {
    const data = report('2019');
    data.activeDisclosure!.licensing!.previous = null;
    data.notApplicable = ['activeDisclosure.licensing.previous'];
    const row = rowLabelled(tablesOf(renderText(data))[0], '行政许可');
    expect(row).toEqual([
      '行政许可',
      '——',
      String(data.activeDisclosure!.licensing!.change),
      String(data.activeDisclosure!.licensing!.decisions),
    ]);
  });

  it('renders the notApplicable cells the generator marks as ——', () => {
    const data = Array.from({ length: 20 }, (_, i) => report('2019', i)).find((d) => d.notApplicable)!;
    const text = renderText(data);
    expect(data.notApplicable).toContain('activeDisclosure.licensing.previous');
    expect(rowLabelled(tablesOf(text)[0], '行政许可').slice(1, 3)).toEqual(['——', '——']);
  });

  it('numbers the sections without a channel table', () => {
    const data = report('2021');
    delete data.channels;
    delete data.responses;
    const lines = renderText(data).split('\n');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    expect(lines).toContain('五、存在的主要问题及改进情况');
    expect(lines).toContain('六、其他需要报告的事项');
    expect(lines).not.toContain('三、公开平台建设和信息发布情况');
  });
});
