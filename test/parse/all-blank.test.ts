/**
 * A report whose cells are all blank (only the labels remain) is a report: every cell null,
 * each blank reported by cells.blank, and neither NOT_A_REPORT nor a missing table.
 */
import { runChecks } from '../../src/checks/run-checks';
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { reportForm } from '../../src/generator/report-forms';
import { TEMPLATE_VERSIONS } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { tableCells } from '../support/round-trip';

// A PDF's blank rows are ruled rows without text: table 4's data row was dropped with its text.
describe.each(['text', 'markdown', 'html', 'docx', 'pdf'])('an all-blank report as %s', (form) => {
  it.each(TEMPLATE_VERSIONS)('template %s: every cell null and reported blank', async (template) => {
    const data = applyFlaws(
      generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed: 3 }),
      [{ kind: 'allBlank' }],
    );
    const shape = reportForm(form)!;
    const report = (await parseDocument(await shape.render(data), shape.format)).data;
    expect(tableCells(report).filter(([path, value]) => value !== null && !/^(channels|responses)\./.test(path))).toEqual([]);
    expect(report.applications?.newReceived).toBeDefined();
    expect(report.issues.filter((issue) => issue.rule === 'parse.missingTable')).toEqual([]);
    const blank = new Set(
      runChecks(report)
        .filter((issue) => issue.rule === 'cells.blank')
        .flatMap((issue) => issue.cells),
    );
    expect(blank.has('applications.newReceived.natural')).toBe(true);
    expect(blank.has('review.total')).toBe(true);
  });
});
