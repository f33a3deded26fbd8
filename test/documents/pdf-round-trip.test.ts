/** Generated reports rendered as PDF (ruled tables over page breaks, page furniture) read back exactly. */
import { readPdfDocument } from '../../src/reading/documents/pdf-reader';
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { renderPdf } from '../../src/generator/render-pdf';
import { readReport } from '../../src/reading/read-report';
import { TEMPLATE_VERSIONS, type ReportData } from '../../src/reading/template/report-data';

/** The parts of ReportData the tables carry. */
function tables(data: ReportData) {
  const { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses } = data;
  return { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses };
}

async function readBack(data: ReportData): Promise<ReportData> {
  return readReport(await readPdfDocument(renderPdf(data)));
}

describe('generated reports read back exactly through the PDF reader', () => {
  describe.each(TEMPLATE_VERSIONS)('template %s', (template) => {
    const year = template === '2019' ? 2019 : 2022;
    it.each(Array.from({ length: 8 }, (_, seed) => seed))('seed %i', async (seed) => {
      const generated = generateReport({ organization: '丈亭镇人民政府', year, template, seed });
      const read = await readBack(generated);
      expect(read.template).toBe(template);
      expect(read.organization).toBe(generated.organization);
      expect(read.year).toBe(year);
      expect(read.publishedOn).toBe(generated.publishedOn);
      expect(tables(read)).toEqual(tables(generated));
      expect(new Set(read.notApplicable ?? [])).toEqual(new Set(generated.notApplicable ?? []));
      expect(read.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
    });
  });

  it('keeps blank cells blank', async () => {
    const generated = applyFlaws(generateReport({ organization: '梁弄镇人民政府', year: 2020, template: '2019', seed: 7 }), [
      { kind: 'blankCell', path: 'applications.newReceived.total' },
      { kind: 'blankCell', path: 'review.pending' },
    ]);
    const read = await readBack(generated);
    expect(read.applications?.newReceived?.total).toBeNull();
    expect(read.review?.pending).toBeNull();
    expect(tables(read)).toEqual(tables(generated));
  });

  it('reads the sections whole, without the running header or page numbers', async () => {
    const generated = generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 11 });
    const read = await readBack(generated);
    expect(read.sections).toEqual(generated.sections);
  });
});
