/** Generated reports rendered as a web page and as Word read back exactly, merged cells and all. */
import { readDocument } from '../../src/reading/documents/read-document';
import type { DocumentFormat } from '../../src/reading/documents/formats';
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { renderDocx } from '../../src/generator/render-docx';
import { renderHtml } from '../../src/generator/render-html';
import { readReport } from '../../src/reading/read-report';
import { ReportData, TEMPLATE_VERSIONS } from '../../src/reading/template/report-data';
import { reportTables } from '../support/report-tables';

const RENDERERS: [DocumentFormat, (data: ReportData) => Promise<Buffer>][] = [
  ['HTML', (data) => Promise.resolve(Buffer.from(renderHtml(data), 'utf8'))],
  ['DOCX', renderDocx],
];

async function roundTrip(format: DocumentFormat, render: (data: ReportData) => Promise<Buffer>, data: ReportData): Promise<ReportData> {
  return readReport(await readDocument(await render(data), format));
}

describe.each(RENDERERS)('generated reports read back exactly from %s', (format, render) => {
  describe.each(TEMPLATE_VERSIONS)('template %s', (template) => {
    const year = template === '2019' ? 2019 : 2022;
    it.each(Array.from({ length: 40 }, (_, seed) => seed))('seed %i', async (seed) => {
      const generated = generateReport({ organization: '丈亭镇人民政府', year, template, seed });
      const read = await roundTrip(format, render, generated);
      expect(read.template).toBe(template);
      expect(read.organization).toBe(generated.organization);
      expect(read.year).toBe(year);
      expect(read.publishedOn).toBe(generated.publishedOn);
      expect(reportTables(read)).toEqual(reportTables(generated));
      expect(new Set(read.notApplicable ?? [])).toEqual(new Set(generated.notApplicable ?? []));
      expect(read.sections).toEqual(generated.sections);
      expect(read.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
    });
  });

  it('keeps blank cells blank', async () => {
    const generated = applyFlaws(generateReport({ organization: '梁弄镇人民政府', year: 2020, template: '2019', seed: 7 }), [
      { kind: 'blankCell', path: 'applications.newReceived.total' },
      { kind: 'blankCell', path: 'review.pending' },
    ]);
    const read = await roundTrip(format, render, generated);
    expect(read.applications!.newReceived!.total).toBeNull();
    expect(read.review!.pending).toBeNull();
    expect(reportTables(read)).toEqual(reportTables(generated));
  });
});
