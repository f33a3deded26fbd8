/**
 * Text where the template wants a number (`=1+2`, `@SUM(1)`, `见附件`) is a parse.textInCell
 * issue naming the cell and the text; the cell stays blank and is never filled from the
 * narrative. Before, the text was taken for the row's label and the whole row was lost; in
 * text without table structure a formula's last digit was read as the cell's value.
 */
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { reportForm } from '../../src/generator/report-forms';
import { renderHtml } from '../../src/generator/render-html';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { compareCells } from '../support/round-trip';

const data = generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 3 });

async function read(text: string): Promise<ReportData> {
  return (await parseDocument(Buffer.from(text), 'AUTO')).data;
}

function textIssues(report: ReportData): [string, string][] {
  return report.issues
    .filter((issue) => issue.rule === 'parse.textInCell')
    .map((issue) => [issue.cells.join(), issue.message.match(/文字「(.*?)」/)?.[1] ?? '']);
}

describe('text in a number cell', () => {
  it('names the cell and the text in TAB text, and keeps the rest of the row', async () => {
    const text = renderText(data)
      .replace(/(一、本年新收政府信息公开申请数量\n)\t\d+/, '$1\t见附件')
      .replace(/(\t规章\n)\t\d+/, '$1\t=1+2');
    const report = await read(text);
    expect(textIssues(report)).toEqual([
      ['activeDisclosure.regulations.made', '=1+2'],
      ['applications.newReceived.natural', '见附件'],
    ]);
    expect(report.activeDisclosure?.regulations).toEqual({ ...data.activeDisclosure?.regulations, made: null });
    expect(report.applications?.newReceived).toEqual({ ...data.applications?.newReceived, natural: null });
  });

  it('names a formula in an HTML cell', async () => {
    const html = renderHtml(data).replace(/(一、本年新收政府信息公开申请数量<\/p><\/td><td><p align="center">)\d+/, '$1@SUM(1)');
    const report = await read(html);
    expect(textIssues(report)).toEqual([['applications.newReceived.natural', '@SUM(1)']]);
    expect(report.applications?.newReceived?.natural).toBeNull();
  });

  it('does not fill a channel count written as text from the number the narrative states', async () => {
    const text = renderText(data).replace(/(2\.政府网站公开政府信息数\n\t条\n)\t\d+/, '$1\t见附件');
    const report = await read(text);
    expect(report.narrativeCounts?.some((count) => count.key === 'channels.website')).toBe(true);
    expect(report.channels?.website).toBeNull();
    expect(textIssues(report)).toEqual([['channels.website', '见附件']]);
  });
});

/** `replacement` for the first `value` after the first `label`: the cell right of the label, in every form. */
function replaceAfter(text: string, label: string, value: string, replacement: string): string {
  const from = text.indexOf(label) + label.length;
  const at = text.indexOf(value, from);
  return text.slice(0, at) + replacement + text.slice(at + value.length);
}

/** Forms whose tables have no cell structure the reader could be told by, and pipe tables. */
const FORMS = [
  'markdown',
  'pdf-markdown',
  'run-together',
  'crawler-text',
  'crawler-text-bare',
  'cell-lines',
  'cell-lines-piped',
  'pdf-layout-text',
];

describe.each(FORMS)('text in a number cell as %s', (name) => {
  it('names each cell and its text, leaves it blank and reads every other cell', async () => {
    // Seed 3's table 2 and platform table have these counts, and the narrative states 政府网站's.
    expect([data.activeDisclosure?.licensing?.decisions, data.activeDisclosure?.punishment?.decisions, data.channels?.website]).toEqual([
      55, 30, 351,
    ]);
    const form = reportForm(name)!;
    let text = (await form.render(data)).toString('utf8');
    text = replaceAfter(text, '行政许可', '55', '见附件');
    text = replaceAfter(text, '行政处罚', '30', '=1+2');
    text = replaceAfter(text, '政府网站公开政府信息数', '351', '@SUM(1)');
    const report = await read(text);
    expect(textIssues(report)).toEqual([
      ['activeDisclosure.licensing.decisions', '见附件'],
      ['activeDisclosure.punishment.decisions', '=1+2'],
      ['channels.website', '@SUM(1)'],
    ]);
    const expected = applyFlaws(data, [
      { kind: 'blankCell', path: 'activeDisclosure.licensing.decisions' },
      { kind: 'blankCell', path: 'activeDisclosure.punishment.decisions' },
      { kind: 'blankCell', path: 'channels.website' },
    ]);
    expect(compareCells(expected, report).wrong).toEqual([]);
    expect([
      report.activeDisclosure?.licensing?.decisions,
      report.activeDisclosure?.punishment?.decisions,
      report.channels?.website,
    ]).toEqual([null, null, null]);
  });

  it("keeps a pointer among an applicant row's digits in its own cell", async () => {
    // Seed 2 received 17 | 0 | 0 | 0 | 1 | 1 | 19: the pointer stands where 17 stood, the digits after it run on.
    const received = generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 2 });
    expect(received.applications?.newReceived?.natural).toBe(17);
    const form = reportForm(name)!;
    const text = replaceAfter((await form.render(received)).toString('utf8'), '一、本年新收政府信息公开申请数量', '17', '见附件');
    const report = await read(text);
    expect(textIssues(report)).toEqual([['applications.newReceived.natural', '见附件']]);
    expect(report.applications?.newReceived).toEqual({ ...received.applications?.newReceived, natural: null });
  });
});
