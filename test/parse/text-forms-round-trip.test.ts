/**
 * Generated reports rendered as pipe tables and as run-together crawler text, read back. Pipe
 * tables keep every cell apart, so they read back exactly. Run-together text loses where a
 * cell ends: a split is used only where the template's arithmetic (or the narrative) pins it,
 * and no parsed value may ever differ from the generated one.
 */
import { readText } from '../../src/reading/documents/read-text';
import { generateReport } from '../../src/generator/generate-report';
import { renderMarkdown } from '../../src/generator/render-markdown';
import { renderRunTogether } from '../../src/generator/render-run-together';
import { readReport } from '../../src/reading/read-report';
import { CELL_PARTS, ReportData, TEMPLATE_VERSIONS, type TemplateVersion } from '../../src/reading/template/report-data';

function tables(data: ReportData) {
  return Object.fromEntries(CELL_PARTS.map((key) => [key, data[key]]));
}

/** Every cell of the generated tables as [path, value]. */
function cells(data: ReportData): [string, number | null][] {
  const out: [string, number | null][] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    else out.push([path, value as number | null]);
  };
  for (const key of CELL_PARTS) walk(data[key], key);
  return out;
}

function valueAt(data: ReportData, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

function generated(template: TemplateVersion, seed: number): ReportData {
  return generateReport({ organization: '丈亭镇人民政府', year: template === '2019' ? 2019 : 2022, template, seed });
}

function expectSameFrame(read: ReportData, data: ReportData): void {
  expect([read.template, read.organization, read.year, read.publishedOn]).toEqual([
    data.template,
    data.organization,
    data.year,
    data.publishedOn,
  ]);
}

const SEEDS = Array.from({ length: 120 }, (_, seed) => seed);

describe.each(TEMPLATE_VERSIONS)('template %s', (template) => {
  it.each(SEEDS.slice(0, 60))('pipe tables read back exactly, seed %i', (seed) => {
    const data = generated(template, seed);
    const read = readReport(readText(renderMarkdown(data)));
    expectSameFrame(read, data);
    expect(tables(read)).toEqual(tables(data));
    expect(new Set(read.notApplicable)).toEqual(new Set(data.notApplicable ?? []));
    expect(read.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
  });

  it.each(SEEDS)('run-together text never reads a wrong value, seed %i', (seed) => {
    const data = generated(template, seed);
    const read = readReport(readText(renderRunTogether(data)));
    expectSameFrame(read, data);
    const open = new Set(
      read.issues
        .filter((issue) => issue.rule === 'parse.ambiguous' || issue.rule === 'parse.unsplittable')
        .flatMap((issue) => issue.cells),
    );
    for (const [path, value] of cells(data)) {
      const got = valueAt(read, path) ?? null;
      // A cell no issue leaves open reads back exactly; an open one is blank, never a guess.
      if (open.has(path)) expect([path, got]).toEqual([path, null]);
      else expect([path, got]).toEqual([path, value]);
    }
    expect(read.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('run-together text where the arithmetic pins the split', () => {
  it.each(SEEDS.slice(0, 40))('reads tables 3 and 4 exactly, seed %i', (seed) => {
    const data = generated(seed % 2 ? '2021' : '2019', seed);
    const read = readReport(readText(renderRunTogether(data)));
    const { applications, review, litigationDirect, litigationAfterReview } = read;
    expect({ applications, review, litigationDirect, litigationAfterReview }).toEqual({
      applications: data.applications,
      review: data.review,
      litigationDirect: data.litigationDirect,
      litigationAfterReview: data.litigationAfterReview,
    });
  });
});
