/**
 * Text where the template wants a number (`=1+2`, `@SUM(1)`, `见附件`) is a parse.textInCell
 * issue naming the cell and the text; the cell stays blank and is never filled from the
 * narrative. Before, the text was taken for the row's label and the whole row was lost.
 */
import { generateReport } from '../../src/generator/generate-report';
import { renderHtml } from '../../src/generator/render-html';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';

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
