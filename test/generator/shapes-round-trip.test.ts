/**
 * Generated reports in every shape real documents arrive in, read back: ≥ 200 seeds per shape
 * and template, a few cells left blank in every third report where the shape can show a blank. The shapes are made by the real
 * tools where there is one: crawler text is htmlparser2's text content of the generator's web
 * page (whitespace collapsed, or removed altogether), layout text is `pdftotext -layout` of its
 * PDF; a PDF→markdown converter's output is rendered as converters write it (render-pdf-markdown). No value may be wrong; a cell is left open (null with parse.ambiguous/unsplittable) only
 * where the document does not show it. Every filled cell says where in the extracted text it
 * was read.
 */
import { applyFlaws, type Flaw } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { reportForm, type ReportForm } from '../../src/generator/report-forms';
import { TEMPLATE_VERSIONS, type ReportData, type TemplateVersion } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { sourceProblems } from '../support/cell-sources';
import { compareCells, tableCells } from '../support/round-trip';

const SEEDS = 200;
/**
 * Shapes and whether their reports leave cells blank. Crawler text keeps no trace of a blank
 * cell (`<td>&nbsp;</td>` becomes nothing), so where the remaining digits still fill the row no
 * reader can see it (规范性文件 blank|0|22 reads 022, as 0|2|2 does): flat text is round-tripped
 * without blanks, and a row left one digit short by a blank is tested on its own (jinjing-2023).
 */
const SHAPES: [string, boolean][] = [
  ['crawler-text', false],
  ['crawler-text-bare', false],
  ['run-together', false],
  ['pdf-layout-text', true],
  // A cell per line with blank lines between, group labels wrapped after their numbering, with
  // and without a stray ` |` at each cell's line end: blanks leave no trace there either.
  ['cell-lines', false],
  ['cell-lines-piped', false],
  // A PDF→markdown converter's output: page marks splitting tables, merged labels detached as
  // headings, header rows narrower than the values, the organization and year in the title only.
  ['pdf-markdown', true],
];

/**
 * Some townships kept the 2019 tables after 2021: odd seeds of that template are a report of
 * 2021, 2022 or 2023 on them, which the reader must tell by the tables, not by the year.
 */
function reportYear(template: TemplateVersion, seed: number): number {
  if (template === '2021') return 2022;
  return seed % 2 === 0 ? 2019 : 2021 + (((seed - 1) / 2) % 3);
}

/**
 * Every third report leaves one or two table cells blank, as real reports do: cells the
 * document prints in a table and states nowhere else (not the platform table's counts, which
 * the narrative repeats, nor 2021's （六） rows, whose total the template does not print but sums).
 */
function generated(template: TemplateVersion, seed: number, blanks: boolean): ReportData {
  const data = generateReport({ organization: '丈亭镇人民政府', year: reportYear(template, seed), template, seed: `shape-${seed}` });
  if (!blanks || seed % 3 !== 0) return data;
  const numbers = tableCells(data).filter(
    ([path, value]) =>
      value !== null && !/^(channels|responses)\./.test(path) && !(template === '2021' && path.startsWith('applications.otherHandling.')),
  );
  const flaws: Flaw[] = [numbers[(seed * 7) % numbers.length], numbers[(seed * 13) % numbers.length]].map(([path]) => ({
    kind: 'blankCell',
    path,
  }));
  return applyFlaws(data, flaws);
}

/**
 * Wordings real reports print instead of the template's (a mistyped label, a mistyped or
 * reworded section heading): every fourth report says them so, wherever its text has them.
 */
const VARIANTS: [string, string][] = [
  ['其他法律行政法规禁止公开', '其他法律行政止公开'],
  ['政府信息公开行政复议、行政诉讼情况', '政府信息公开行政法复议、行政诉讼情况'],
  ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况'],
];

async function rendered(form: ReportForm, data: ReportData, seed: number): Promise<Buffer> {
  const document = await form.render(data);
  if (seed % 4 !== 1) return document;
  return Buffer.from(VARIANTS.reduce((text, [template, variant]) => text.replaceAll(template, variant), document.toString('utf8')));
}

describe.each(SHAPES)('%s (blank cells: %s)', (shape, blanks) => {
  const form = reportForm(shape)!;

  it.each(TEMPLATE_VERSIONS)(`reads ${SEEDS} reports of template %s without a wrong value`, async (template) => {
    const wrong: string[] = [];
    const frames: string[] = [];
    const sources: string[] = [];
    let right = 0;
    let open = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const data = generated(template, seed, blanks);
      const read = await parseDocument(await rendered(form, data, seed), form.format);
      const comparison = compareCells(data, read.data);
      wrong.push(...comparison.wrong.map((cell) => `seed ${seed} ${cell}`));
      right += comparison.right;
      open += comparison.open;
      const frame = [read.data.template, read.data.year, read.data.organization];
      if (frame.join() !== [template, data.year, data.organization].join()) frames.push(`seed ${seed}: ${frame.join()}`);
      sources.push(...sourceProblems(read).map((problem) => `seed ${seed} ${problem}`));
    }
    expect(wrong).toEqual([]);
    expect(frames).toEqual([]);
    expect(sources).toEqual([]);
    // Open cells are the exception: the document shows almost every number.
    expect(open).toBeLessThan(right / 10);
  });
});
