import { TABLE_KINDS, TABLE_TITLES } from '../src/reading/template/table-kind';
import { ReportData } from '../src/reading/template/report-data';
import { TableReadingType } from './types/table-reading.type';

/** The parser's row placements grouped by table, every table listed (found or not). */
export function tableReadings(data: ReportData): TableReadingType[] {
  const readings = data.readings ?? [];
  return TABLE_KINDS.map((table) => {
    const rows = readings.filter((reading) => reading.table === table).map((reading) => ({ row: reading.path, text: reading.text }));
    return { table, title: TABLE_TITLES[table], found: rows.length > 0, rows };
  });
}

/** Cells whose values the parser worked out rather than read (split digit runs). */
export function derivedCells(data: ReportData): string[] {
  return data.issues.filter((issue) => issue.rule === 'parse.derived').flatMap((issue) => issue.cells);
}
