import { readTextDocument } from '../../src/reading/documents/text-reader';
import { generateReport } from '../../src/generator/generate-report';
import { applyFlaws } from '../../src/generator/flaws';
import { renderText } from '../../src/generator/render-text';
import { readReport } from '../../src/reading/read-report';
import { ReportData, TEMPLATE_VERSIONS } from '../../src/reading/template/report-data';

/** The parts of ReportData the text form carries, for comparison. */
function tables(data: ReportData) {
  const { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses } = data;
  return { activeDisclosure, applications, review, litigationDirect, litigationAfterReview, channels, responses };
}

describe('generated reports read back exactly through the text parser', () => {
  describe.each(TEMPLATE_VERSIONS)('template %s', (template) => {
    const year = template === '2019' ? 2019 : 2022;
    it.each(Array.from({ length: 40 }, (_, seed) => seed))('seed %i', (seed) => {
      const generated = generateReport({ organization: '丈亭镇人民政府', year, template, seed });
      const read = readReport(readTextDocument(renderText(generated)));
      expect(read.template).toBe(template);
      expect(read.organization).toBe(generated.organization);
      expect(read.year).toBe(year);
      expect(read.publishedOn).toBe(generated.publishedOn);
      expect(tables(read)).toEqual(tables(generated));
      expect(new Set(read.notApplicable ?? [])).toEqual(new Set(generated.notApplicable ?? []));
      expect(read.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
    });
  });

  it('keeps blank cells blank', () => {
    const generated = applyFlaws(generateReport({ organization: '梁弄镇人民政府', year: 2020, template: '2019', seed: 7 }), [
      { kind: 'blankCell', path: 'applications.newReceived.total' },
      { kind: 'blankCell', path: 'review.pending' },
    ]);
    const read = readReport(readTextDocument(renderText(generated)));
    expect(read.applications!.newReceived!.total).toBeNull();
    expect(read.review!.pending).toBeNull();
    expect(tables(read)).toEqual(tables(generated));
  });
});
