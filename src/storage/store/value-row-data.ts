/**
 * A report's table rows as the read model holds them: one `report_values` row of a version
 * becomes the rows fromRows makes a ReportData of, so that a reader of many reports' cells
 * (the assessment of a province) takes one row per report instead of ~50 from the entity
 * tables, and gets the same ReportData. The read model keeps no count's source and no
 * narrative count: a ReportData made from it has neither.
 *
 * A reader that looks at a few paths of each report (the assessment: its criteria's cells and
 * the cells its issues name) selects only the columns under them (valueColumnsAt): the
 * ReportData made then holds the same value at each of those paths, and nothing else is to be
 * read from it. A province's 3,000 rows of ~290 columns took most of its assessment's time.
 */
import type { DataSource } from 'typeorm';
import { ReportVersion } from '../../../entities';
import {
  CELL_TABLES,
  VALUE_CELLS,
  VALUE_ROWS,
  VERSION_FACTS,
  type CellTable,
  type ValueCell,
  type ValueRow,
} from '../db/report-values-layout';
import type { VersionToLoad } from './load-report';
import type { ReportRows } from './report-rows';
import { storedTemplate } from './stored-enums';

/** The ReportData path of a table row (`applications.denied.stateSecret`, `review`, `channels.website`). */
function rowPath({ table, key }: Pick<ValueRow, 'table' | 'key'>): string {
  switch (table) {
    case 'disclosureItems':
      return `activeDisclosure.${key}`;
    case 'applicationCounts':
      return `applications.${key}`;
    case 'caseOutcomes':
    case 'publicationCounts':
      return key;
    default: {
      const unknown: never = table;
      throw new Error(`unknown read model table ${String(unknown)}`);
    }
  }
}

/** The ReportData path of a cell: a publication count is its row's only cell, the row's path. */
const cellPath = (cell: ValueCell): string => (cell.table === 'publicationCounts' ? rowPath(cell) : `${rowPath(cell)}.${cell.field}`);

/** Every cell's ReportData path: selects every column of the read model (valueColumnsAt). */
export const VALUE_CELL_PATHS: readonly string[] = VALUE_CELLS.map(cellPath);

/** A path, and its prefix for the paths under it: compared without making a string per comparison. */
interface PathPrefix {
  path: string;
  under: string;
}

const pathPrefix = (path: string): PathPrefix => ({ path, under: `${path}.` });

/** One path is the other or lies under it: reading either reads a part of the other. */
const overlaps = (a: PathPrefix, b: PathPrefix): boolean => a.path === b.path || a.path.startsWith(b.under) || b.path.startsWith(a.under);

/** Each table row the read model flags, with its path and cells: found once, not per row of every report (a province reads 3,000). */
const ROW_READERS = VALUE_ROWS.map(({ column, table, key }) => ({
  column,
  table,
  path: pathPrefix(rowPath({ table, key })),
  discriminator: CELL_TABLES[table].discriminator,
  key,
  cells: VALUE_CELLS.filter((cell) => cell.table === table && cell.key === key).map((cell) => ({
    ...cell,
    path: pathPrefix(cellPath(cell)),
  })),
}));
type RowReader = (typeof ROW_READERS)[number];

/**
 * The read model's columns (cells and row flags) that hold what lies at `paths` of a
 * ReportData or under them, and the flags of the rows above them, so that valueRows gives
 * the same value at each of those paths (a part's rows and blank cells included).
 */
export function valueColumnsAt(paths: readonly string[]): string[] {
  const prefixes = paths.map(pathPrefix);
  const wanted = (path: PathPrefix) => prefixes.some((other) => overlaps(path, other));
  return ROW_READERS.filter((row) => wanted(row.path)).flatMap((row) => [
    ...row.cells.filter((cell) => wanted(cell.path)).map((cell) => cell.column),
    row.column,
  ]);
}

/** Drivers give a raw column as a number or, for some types, as its text. */
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export type ValueRowTables = Pick<ReportRows, CellTable>;

/** The rows and cells of `columns`: what a reader of those columns (valueColumnsAt) makes its rows of. */
function readersOf(columns: readonly string[]): RowReader[] {
  const selected = new Set(columns);
  return ROW_READERS.filter((row) => selected.has(row.column)).map((row) => ({
    ...row,
    cells: row.cells.filter((cell) => selected.has(cell.column)),
  }));
}

/**
 * The table rows a version has, from its read model row (the `columns` of valueColumnsAt, by
 * name): a row is there when its flag is 1, even with every cell blank, as in the entity
 * tables. A cell not selected is left out of its row (read as blank by fromRows).
 */
export function valueRowReader(columns: readonly string[]): (values: Readonly<Record<string, unknown>>) => ValueRowTables {
  const readers = readersOf(columns);
  return (values) => {
    const rows: ValueRowTables = { disclosureItems: [], applicationCounts: [], caseOutcomes: [], publicationCounts: [] };
    for (const { column, table, discriminator, key, cells } of readers) {
      if (Number(values[column]) !== 1) continue;
      const row: Record<string, unknown> = { [discriminator]: key };
      for (const cell of cells) row[cell.field] = numberOrNull(values[cell.column]);
      (rows[table] as object[]).push(row);
    }
    return rows;
  };
}

/** The read model's columns a reader of its versions (valueVersionReader) selects beside the cells. */
export const VERSION_COLUMNS: readonly string[] = ['version_id', ...VERSION_FACTS.map((fact) => fact.column)];

/** A raw text column: both drivers give text as a string. */
function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  throw new Error(`a read model text column held ${typeof value}`);
}

/**
 * The current version of a read model row (VERSION_COLUMNS, by name), as loadReportData takes
 * it; null for a row a LEFT JOIN found none of. Its date is hydrated by the driver as an
 * entity's is: MariaDB's raw DATE is a Date, SQLite's its text.
 */
export function valueVersionReader(
  connection: DataSource,
): (year: number, values: Readonly<Record<string, unknown>>) => VersionToLoad | null {
  const publishedOn = connection.getMetadata(ReportVersion).findColumnWithPropertyName('publishedOn')!;
  return (year, values) =>
    values.version_id === null || values.version_id === undefined
      ? null
      : {
          versionId: Number(values.version_id),
          organization: textOrNull(values.organization),
          year,
          template: storedTemplate(values.template),
          publishedOn: textOrNull(connection.driver.prepareHydratedValue(values.published_on, publishedOn)),
          notApplicable: textOrNull(values.not_applicable),
        };
}
