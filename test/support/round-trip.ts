/**
 * What a round trip of a generated report compares: every table cell read back against the
 * generated value. A cell is right when it reads back exactly; open when it is null (or, for a
 * blank the document leaves no trace of, absent) and the reader says why (parse.ambiguous or
 * parse.unsplittable name it, or the generated cell was blank); wrong otherwise: a number that
 * is not the document's, the one result a round trip must never give.
 */
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';

export interface Comparison {
  right: number;
  open: number;
  /** `path: read ≠ generated` for each wrong cell. */
  wrong: string[];
}

/** Every table cell of a report as [path, value]. */
export function tableCells(data: ReportData): [string, number | null][] {
  const cells: [string, number | null][] = [];
  const walk = (value: unknown, path: string): void => {
    if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    else cells.push([path, value as number | null]);
  };
  for (const key of CELL_PARTS) walk(data[key], key);
  return cells;
}

function valueAt(data: ReportData, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

export function compareCells(generated: ReportData, read: ReportData): Comparison {
  const open = new Set(
    read.issues.filter((issue) => issue.rule === 'parse.ambiguous' || issue.rule === 'parse.unsplittable').flatMap((issue) => issue.cells),
  );
  const result: Comparison = { right: 0, open: 0, wrong: [] };
  for (const [path, value] of tableCells(generated)) {
    const got = valueAt(read, path);
    if (got === value) result.right++;
    else if ((got === null || got === undefined) && (open.has(path) || value === null)) result.open++;
    else result.wrong.push(`${path}: ${JSON.stringify(got) ?? 'absent'} ≠ ${JSON.stringify(value)}`);
  }
  return result;
}
