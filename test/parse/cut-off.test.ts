/**
 * A report a page store kept only the first part of: what is there is read, the tables that
 * are missing are parse.missingTable, and it is never NOT_A_REPORT while its title or its first
 * table is there. Likewise a report whose title is missing but whose tables are there.
 */
import { generateReport } from '../../src/generator/generate-report';
import { reportForm } from '../../src/generator/report-forms';
import type { ReportData } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { compareCells } from '../support/round-trip';

const FORMS = ['text', 'markdown', 'crawler-text', 'crawler-text-bare', 'pdf-layout-text', 'html'];
const data = generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 5 });
const TABLE_3 = /[三四]、收到和处理政府信息公开申请情况/;

async function rendered(form: string): Promise<string> {
  return (await reportForm(form)!.render(data)).toString('utf8');
}

async function read(form: string, text: string): Promise<ReportData> {
  return (await parseDocument(Buffer.from(text), reportForm(form)!.format)).data;
}

function missingTables(report: ReportData): string[] {
  return report.issues.filter((issue) => issue.rule === 'parse.missingTable').map((issue) => issue.cells[0]);
}

describe.each(FORMS)('%s', (form) => {
  it('cut off before table 3: table 2 read exactly, tables 3 and 4 missing', async () => {
    const text = await rendered(form);
    const report = await read(form, text.slice(0, text.search(TABLE_3)));
    expect(report.activeDisclosure).toEqual(data.activeDisclosure);
    expect(report.applications).toBeUndefined();
    expect(missingTables(report)).toEqual(['applications', 'review']);
    // Every number that is read is the document's (the cut tables are absent, not wrong).
    expect(compareCells(data, report).wrong.filter((cell) => !cell.includes('absent'))).toEqual([]);
  });

  it('cut off after the title: a report with every table missing, not NOT_A_REPORT', async () => {
    const text = await rendered(form);
    const report = await read(form, text.slice(0, text.search(/一、总体情况/)));
    expect(report.year).toBe(2022);
    expect(missingTables(report)).toEqual(['activeDisclosure', 'applications', 'review']);
  });

  it('without its title: the tables read exactly', async () => {
    const text = (await rendered(form)).replace(/(?:丈亭镇人民政府)?2022年度政府信息公开工作年度报告/g, '');
    const report = await read(form, text);
    expect(report.applications).toEqual(data.applications);
    expect(compareCells(data, report).wrong).toEqual([]);
  });
});
