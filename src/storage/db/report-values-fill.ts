import type { DataSource } from 'typeorm';
import { Region, Report, ReportIssueRecord } from '../../../entities';
import {
  CELL_TABLES,
  ISSUE_COUNT_SEVERITIES,
  REGION_CODE_COLUMNS,
  REPORT_VALUES_TABLE,
  VALUE_ROWS,
  issueCountColumn,
  type CellTable,
  type ValueCell,
} from './report-values-layout';

/** Which reports to (re)compute: township codes × years; null for every report. */
export interface ReportValuesScope {
  codes: readonly string[];
  years: readonly number[];
}

export interface FillStatement {
  sql: string;
  params: (string | number)[];
}

/**
 * One INSERT … SELECT that computes the read model's rows of `scope` from the entity tables:
 * the current version's cells (one LEFT JOIN per table row, on its unique (version_id, key)
 * index) and its issue counts. The rows must not be there yet (the writer deletes them first).
 * Identifiers come from the entities' metadata and the layout; every value is bound.
 */
export function reportValuesFill(connection: DataSource, cells: readonly ValueCell[], scope: ReportValuesScope | null): FillStatement {
  const quote = (name: string) => connection.driver.escape(name);
  const table = (entity: Parameters<DataSource['getMetadata']>[0]) => quote(connection.getMetadata(entity).tableName);
  const column = (entity: Parameters<DataSource['getMetadata']>[0], property: string) =>
    quote(connection.getMetadata(entity).findColumnWithPropertyName(property)!.databaseName);
  const params: (string | number)[] = [];
  const bind = (value: string | number) => {
    params.push(value);
    return '?';
  };
  const version = `r.${column(Report, 'currentVersionId')}`;

  const issueCounts = ISSUE_COUNT_SEVERITIES.map((severity) => {
    const ofSeverity = severity === null ? '' : ` AND i.${column(ReportIssueRecord, 'severity')} = ${bind(severity)}`;
    return `(SELECT COUNT(*) FROM ${table(ReportIssueRecord)} i WHERE i.${column(ReportIssueRecord, 'versionId')} = ${version}${ofSeverity})`;
  });
  const aliases = new Map<string, string>();
  const joins: string[] = [];
  /** The alias of a table row's join, joining it on first use. */
  const joined = (cellTable: CellTable, key: string): string => {
    const { entity, discriminator } = CELL_TABLES[cellTable];
    const id = `${cellTable}:${key}`;
    let alias = aliases.get(id);
    if (!alias) {
      alias = `s${aliases.size}`;
      aliases.set(id, alias);
      joins.push(
        `LEFT JOIN ${table(entity)} ${alias} ON ${alias}.${column(entity, 'versionId')} = ${version}` +
          ` AND ${alias}.${column(entity, discriminator)} = ${bind(key)}`,
      );
    }
    return alias;
  };
  const cellValues = cells.map((cell) => `${joined(cell.table, cell.key)}.${column(CELL_TABLES[cell.table].entity, cell.field)}`);
  const rowsHad = VALUE_ROWS.map(({ table: cellTable, key }) => {
    const alias = joined(cellTable, key);
    return `CASE WHEN ${alias}.${column(CELL_TABLES[cellTable].entity, 'versionId')} IS NULL THEN 0 ELSE 1 END`;
  });

  const targets = [
    'year',
    'township_code',
    ...REGION_CODE_COLUMNS,
    'report_id',
    'version_id',
    ...ISSUE_COUNT_SEVERITIES.map(issueCountColumn),
    ...cells.map((cell) => cell.column),
    ...VALUE_ROWS.map((row) => row.column),
  ];
  const regionCodes = ['provinceCode', 'cityCode', 'countyCode'].map((property) => `t.${column(Region, property)}`);
  const where = [`${version} IS NOT NULL`];
  if (scope) {
    where.push(`r.${column(Report, 'townshipCode')} IN (${scope.codes.map(bind).join(', ')})`);
    where.push(`r.${column(Report, 'year')} IN (${scope.years.map(bind).join(', ')})`);
  }
  // Bound in text order: the issue counts' severities, the joins' keys, then the scope.
  const sql = [
    `INSERT INTO ${quote(REPORT_VALUES_TABLE)} (${targets.map(quote).join(', ')})`,
    `SELECT r.${column(Report, 'year')}, r.${column(Report, 'townshipCode')}, ${regionCodes.join(', ')}, r.${column(Report, 'id')}, ${version},`,
    `${[...issueCounts, ...cellValues, ...rowsHad].join(', ')}`,
    `FROM ${table(Report)} r`,
    `LEFT JOIN ${table(Region)} t ON t.${column(Region, 'code')} = r.${column(Report, 'townshipCode')}`,
    ...joins,
    `WHERE ${where.join(' AND ')}`,
  ].join('\n');
  return { sql, params };
}
