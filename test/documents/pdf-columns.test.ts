/**
 * A wrong-column PDF row is impossible. In a table drawn without ruling a blank cell leaves
 * nothing on the line, and reading the row's values left to right moved its neighbours one
 * column left (a wrong number stored, nothing to tell). Values are now placed in the columns
 * of the table's fullest rows by where they stand; a row whose values do not fit its columns
 * is parse.rowShape and reads no value.
 */
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { renderPdf } from '../../src/generator/render-pdf';
import { readReport } from '../../src/reading/read-report';
import { TEMPLATE_VERSIONS, type ReportData } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { compareCells, tableCells } from '../support/round-trip';

function withBlanks(data: ReportData, seed: number): ReportData {
  const table3 = tableCells(data).filter(
    ([path, value]) => value !== null && path.startsWith('applications.') && !path.includes('otherHandling'),
  );
  return applyFlaws(
    data,
    [table3[(seed * 7) % table3.length], table3[(seed * 13) % table3.length]].map(([path]) => ({ kind: 'blankCell', path })),
  );
}

describe('PDF rows with a blank cell', () => {
  it.each(TEMPLATE_VERSIONS)('keep every value in its own column, drawn with and without ruling (template %s)', async (template) => {
    const wrong: string[] = [];
    for (let seed = 0; seed < 20; seed++) {
      const data = withBlanks(
        generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed: `pdf-${seed}` }),
        seed,
      );
      for (const ruling of [true, false]) {
        const read = await parseDocument(renderPdf(data, { ruling }), 'PDF');
        // A number that is not the document's; rows an unruled page does not let the reader place stay blank.
        const numbers = compareCells(data, read.data).wrong.filter((cell) => !/: (?:null|absent) ≠/.test(cell));
        wrong.push(...numbers.map((cell) => `seed ${seed} ruling ${ruling} ${cell}`));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads a blank placed by position as blank and its neighbours in their columns', async () => {
    const data = applyFlaws(generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 'pdf-1' }), [
      { kind: 'blankCell', path: 'applications.newReceived.commercial' },
    ]);
    const read = await parseDocument(renderPdf(data, { ruling: false }), 'PDF');
    expect(read.data.applications?.newReceived).toEqual(data.applications?.newReceived);
  });

  it('reads no value of a row whose values do not fit its columns, and says so', () => {
    const report = readReport([
      { kind: 'paragraph', text: '丈亭镇人民政府2022年度政府信息公开工作年度报告' },
      { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' },
      { kind: 'table', rows: [['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '6']] },
    ]);
    expect(report.applications?.newReceived).toEqual({
      natural: null,
      commercial: null,
      research: null,
      publicInterest: null,
      legal: null,
      other: null,
      total: null,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ rule: 'parse.rowShape', cells: expect.arrayContaining(['applications.newReceived.natural']) as string[] }),
    );
  });
});
