/**
 * The provenance assertion every reading test shares: each cell source's offsets select its
 * text in the extracted text, its text reads as the stored value (a piece of a digit run split
 * by the template's arithmetic too) or says how the value was worked out (parse.sum),
 * and every number the reader filled has a source.
 */
import { parseCell, inUnit } from '../../src/reading/template/cell-value';
import type { ReportData } from '../../src/reading/template/report-data';
import type { ReadText } from '../../src/storage/ingest/upload-input';

function valueAt(data: ReportData, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

/** How the source text reads: a number (in yuan or 万元 as the stored cell), null for a not-applicable mark. */
function readsAs(text: string, stored: unknown): boolean {
  const cell = parseCell(text);
  if (cell.kind === 'notApplicable') return stored === null;
  if (cell.kind !== 'number') return false;
  if (cell.value === stored) return true;
  // An amount written with a unit the column does not use (37.19万元 stored as yuan, or the reverse).
  return [inUnit(cell, undefined, '元'), inUnit(cell, undefined, '万元')].some(
    (scaled) => scaled.kind === 'number' && scaled.value === stored,
  );
}

export function expectSourcesExact(read: ReadText): void {
  expect(sourceProblems(read)).toEqual([]);
}

/** What is wrong with the document's cell sources, one line per problem (none: every number is exactly sourced). */
export function sourceProblems(read: ReadText): string[] {
  const problems: string[] = [];
  const sources = read.data.cellSources ?? [];
  for (const source of sources) {
    const at = read.text.slice(source.start, source.end);
    if (at !== source.text)
      problems.push(
        `${source.cell}: text at [${source.start}, ${source.end}) is ${JSON.stringify(at)}, not ${JSON.stringify(source.text)}`,
      );
    if (source.form !== read.format) problems.push(`${source.cell}: form ${source.form}, read as ${read.format}`);
    const stored = valueAt(read.data, source.cell);
    switch (source.derivedBy) {
      // Read as written, or one piece of a digit run: the text is the value.
      case undefined:
      case 'parse.derived':
        if (!readsAs(source.text, stored))
          problems.push(`${source.cell}: ${JSON.stringify(source.text)} does not read as ${JSON.stringify(stored)}`);
        break;
      // Worked out from other cells: the text covers theirs.
      case 'parse.sum':
        if (!/\d/.test(source.text)) problems.push(`${source.cell}: a sum over ${JSON.stringify(source.text)}`);
        break;
      default:
        problems.push(`${source.cell}: unknown derivation ${source.derivedBy}`);
    }
  }
  const sourced = new Set(sources.map((source) => source.cell));
  for (const cell of filledCells(read.data)) if (!sourced.has(cell)) problems.push(`${cell}: filled without a source`);
  return problems;
}

/** The table cells holding a number: every one of them must say where it came from. */
function filledCells(data: ReportData): string[] {
  const cells: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (typeof node === 'number') cells.push(at);
    else if (node !== null && typeof node === 'object') for (const [key, inner] of Object.entries(node)) walk(inner, `${at}.${key}`);
  };
  for (const key of ['activeDisclosure', 'applications', 'review', 'litigationDirect', 'litigationAfterReview'] as const)
    walk(data[key], key);
  return cells;
}
