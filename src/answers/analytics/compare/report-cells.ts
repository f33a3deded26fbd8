import { Report, ReportIssueRecord } from '../../../../entities';
import type { Severity } from '../../../reading/template/report-data';
import type { CellSource } from '../metrics/formula';
import type { Metric } from '../metrics/metric';
import { CellJoins } from './cell-joins';
import { rowFormulaSql, type RowSqlContext } from './formula-sql';
import { rowParts } from './metric-parts';
import type { SqlNames } from './sql-names';
import type { SqlParams } from './sql-params';

/**
 * One report's metrics in SQL, over a statement's `reports r` (which may be a LEFT JOIN: a
 * township without a report gives NULL cells). Collects the row-table joins the cells need.
 */
export class ReportCells implements RowSqlContext {
  private readonly joins: CellJoins;

  constructor(
    private readonly names: SqlNames,
    private readonly params: SqlParams,
  ) {
    this.joins = new CellJoins(names);
  }

  column(property: string): string {
    return `r.${this.names.column(Report, property)}`;
  }

  cell(source: CellSource): string {
    return this.joins.cell(source);
  }

  issueCount(severity: Severity | null): string {
    const issue = (property: string) => `ri.${this.names.column(ReportIssueRecord, property)}`;
    const ofSeverity = severity === null ? '' : ` AND ${issue('severity')} = ${this.params.bind(severity)}`;
    const count = `SELECT COUNT(*) FROM ${this.names.table(ReportIssueRecord)} ri WHERE ${issue('versionId')} = ${this.column('currentVersionId')}${ofSeverity}`;
    // A report without issues has 0; a township without a report has none to count.
    return `CASE WHEN ${this.column('id')} IS NULL THEN NULL ELSE (${count}) END`;
  }

  reportCount(): string {
    return `CASE WHEN ${this.column('id')} IS NULL THEN 0 ELSE 1 END`;
  }

  /** The SQL of each per-report part of a metric, by suffix. */
  parts(metric: Metric): Map<string, string> {
    return new Map(rowParts(metric).map(([suffix, formula]) => [suffix, rowFormulaSql(formula, this)]));
  }

  /** The joins of every cell used so far: write them after `reports r`, once the parts are built. */
  joinsSql(): string[] {
    return this.joins.sql(this.column('currentVersionId'), this.params);
  }
}
