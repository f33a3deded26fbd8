import { CELL_PARTS, type Cell, type ReportData } from './report-data';

/** Every cell of the tables by path: `applications.newReceived.total` → 5. */
export function cellValues(data: ReportData): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const walk = (node: unknown, at: string) => {
    if (node !== null && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) walk(inner, `${at}.${key}`);
    } else cells.set(at, (node as Cell | undefined) ?? null);
  };
  for (const part of CELL_PARTS) if (data[part] !== undefined) walk(data[part], part);
  return cells;
}
