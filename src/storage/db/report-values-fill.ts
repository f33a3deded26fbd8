import type { DataSource } from 'typeorm';
import { Region, Report, ReportIssueRecord, ReportVersion } from '../../../entities';
import {
  CELL_TABLES,
  ISSUE_COUNT_SEVERITIES,
  REGION_CODES,
  REPORT_VALUES_TABLE,
  VALUE_ROWS,
  issueCountColumn,
  type CellTable,
  type TownshipFact,
  type ValueCell,
  type VersionFact,
} from './report-values-layout';
import { sql, type Sql, type Statement } from './sql';

/** Which reports to (re)compute: township codes × years; null for every report. */
export interface ReportValuesScope {
  codes: readonly string[];
  years: readonly number[];
}

/**
 * The read model's columns a fill writes beyond its keys, region codes and issue counts: a
 * migration that built the table before a column was added fills only the columns it built.
 */
export interface FilledColumns {
  cells: readonly ValueCell[];
  versionFacts: readonly VersionFact[];
  townshipFacts: readonly TownshipFact[];
}

/**
 * One INSERT … SELECT that computes the read model's rows of `scope` from the entity tables:
 * the current version's cells (one LEFT JOIN per table row, on its unique (version_id, key)
 * index), its issue counts and its facts (one join by its primary key). The rows must not be
 * there yet (the writer deletes them first). Identifiers come from the entities' metadata and
 * the layout; every value is bound.
 */
export function reportValuesFill(
  connection: DataSource,
  { cells, versionFacts, townshipFacts }: FilledColumns,
  scope: ReportValuesScope | null,
): Statement {
  const quote = (name: string) => sql.identifier(name, connection.driver);
  const table = (entity: Parameters<DataSource['getMetadata']>[0]) => quote(connection.getMetadata(entity).tableName);
  const column = (entity: Parameters<DataSource['getMetadata']>[0], property: string) =>
    quote(connection.getMetadata(entity).findColumnWithPropertyName(property)!.databaseName);
  const list = (fragments: readonly Sql[]) => sql.join(fragments, sql`, `);
  const version = sql`r.${column(Report, 'currentVersionId')}`;

  const issueCounts = ISSUE_COUNT_SEVERITIES.map((severity) => {
    const ofSeverity = severity === null ? sql`` : sql` AND i.${column(ReportIssueRecord, 'severity')} = ${sql.value(severity)}`;
    return sql`(SELECT COUNT(*) FROM ${table(ReportIssueRecord)} i WHERE i.${column(ReportIssueRecord, 'versionId')} = ${version}${ofSeverity})`;
  });
  const aliases = new Map<string, Sql>();
  const joins: Sql[] = [];
  /** The alias of a table row's join, joining it on first use. */
  const joined = (cellTable: CellTable, key: string): Sql => {
    const { entity, discriminator } = CELL_TABLES[cellTable];
    const id = `${cellTable}:${key}`;
    let alias = aliases.get(id);
    if (!alias) {
      alias = sql.constant(`s${aliases.size}`);
      aliases.set(id, alias);
      joins.push(
        sql`LEFT JOIN ${table(entity)} ${alias} ON ${alias}.${column(entity, 'versionId')} = ${version} AND ${alias}.${column(entity, discriminator)} = ${sql.value(key)}`,
      );
    }
    return alias;
  };
  const cellValues = cells.map((cell) => sql`${joined(cell.table, cell.key)}.${column(CELL_TABLES[cell.table].entity, cell.field)}`);
  const rowsHad = VALUE_ROWS.map(({ table: cellTable, key }) => {
    const alias = joined(cellTable, key);
    return sql`CASE WHEN ${alias}.${column(CELL_TABLES[cellTable].entity, 'versionId')} IS NULL THEN 0 ELSE 1 END`;
  });

  const targets = [
    'year',
    'township_code',
    ...[...REGION_CODES, ...townshipFacts].map((fact) => fact.column),
    'report_id',
    'version_id',
    ...ISSUE_COUNT_SEVERITIES.map(issueCountColumn),
    ...cells.map((cell) => cell.column),
    ...VALUE_ROWS.map((row) => row.column),
    ...versionFacts.map((fact) => fact.column),
  ];
  const facts = versionFacts.map((fact) => sql`v.${column(ReportVersion, fact.property)}`);
  const versionJoin = facts.length ? [sql`JOIN ${table(ReportVersion)} v ON v.${column(ReportVersion, 'id')} = ${version}`] : [];
  const regionFacts = [...REGION_CODES, ...townshipFacts].map((fact) => sql`t.${column(Region, fact.property)}`);
  const where = [sql`${version} IS NOT NULL`];
  if (scope) {
    where.push(sql`r.${column(Report, 'townshipCode')} IN (${list(scope.codes.map(sql.value))})`);
    where.push(sql`r.${column(Report, 'year')} IN (${list(scope.years.map(sql.value))})`);
  }
  return sql.statement(
    sql.join(
      [
        sql`INSERT INTO ${quote(REPORT_VALUES_TABLE)} (${list(targets.map(quote))})`,
        sql`SELECT r.${column(Report, 'year')}, r.${column(Report, 'townshipCode')}, ${list(regionFacts)}, r.${column(Report, 'id')}, ${version},`,
        list([...issueCounts, ...cellValues, ...rowsHad, ...facts]),
        sql`FROM ${table(Report)} r`,
        sql`LEFT JOIN ${table(Region)} t ON t.${column(Region, 'code')} = r.${column(Report, 'townshipCode')}`,
        ...versionJoin,
        ...joins,
        sql`WHERE ${sql.join(where, sql` AND `)}`,
      ],
      sql`\n`,
    ),
  );
}
