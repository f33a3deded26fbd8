/**
 * A report whose cells are all blank (only the labels remain) is a report: every cell null,
 * each blank reported by cells.blank, and neither NOT_A_REPORT nor a missing table.
 */
import { runChecks } from '../../src/checks/run-checks';
import { applyFlaws } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { REPORT_FORMS, reportForm } from '../../src/generator/report-forms';
import { TEMPLATE_VERSIONS } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { tableCells } from '../support/round-trip';

/** The platform table's counts, which the narrative may fill (merge-counts). */
const PLATFORM = /^(channels|responses)(\.|$)/;
// Every form: a PDF's blank rows are ruled rows without text; crawler and pdftotext text keep
// only the tables' words, with no value among them (blank-tables).
const FORMS = REPORT_FORMS.map((shape) => shape.name);
const SEEDS = [1, 2, 3];

describe.each(FORMS)('an all-blank report as %s', (form) => {
  it.each(TEMPLATE_VERSIONS.flatMap((template) => SEEDS.map((seed) => [template, seed] as const)))(
    'template %s, seed %i: every cell null and reported blank',
    async (template, seed) => {
      const data = applyFlaws(generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed }), [
        { kind: 'allBlank' },
      ]);
      const read = async (name: string) => {
        const shape = reportForm(name)!;
        return (await parseDocument(await shape.render(data), shape.format)).data;
      };
      const report = await read(form);
      // Every cell the text form has, none left out: the platform table's too, blank where the
      // narrative does not state the count, as in every form (in text without table structure
      // its cells were absent before).
      expect(tableCells(report)).toEqual(tableCells(await read('text')));
      expect(tableCells(report).filter(([path, value]) => value !== null && !PLATFORM.test(path))).toEqual([]);
      expect(report.channels?.totalActive).toBeNull();
      expect(report.responses?.hotTopics).toBeNull();
      expect(report.applications?.newReceived).toBeDefined();
      // No missing table, and no row the reader could not place (the platform table's —— group rows
      // run on from table 2 in text without table structure).
      expect(report.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
      const blank = new Set(
        runChecks(report)
          .filter((issue) => issue.rule === 'cells.blank')
          .flatMap((issue) => issue.cells),
      );
      expect(blank.has('applications.newReceived.natural')).toBe(true);
      expect(blank.has('review.total')).toBe(true);
    },
  );
});
