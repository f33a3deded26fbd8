import type { Severity } from '../../../reading/template/report-data';
import { REPORT_VALUES_TABLE, issueCountColumn, valueCellColumn } from '../../../storage/db/report-values-layout';
import { sql, type Sql } from '../../../storage/db/sql';
import type { SqlNames } from '../../../storage/db/sql-names';
import type { CellSource } from '../metrics/formula';
import type { Metric } from '../metrics/metric';
import { rowFormulaSql, type RowSqlContext } from './formula-sql';
import { rowParts, type PartSuffix } from './metric-parts';

/**
 * One report's metrics in SQL, over a statement's `report_values rv` (the read model, which
 * may be a LEFT JOIN: a township without a report gives NULL cells and NULL issue counts).
 * Every cell is a column of the same row: nothing to join.
 */
export class ReportCells implements RowSqlContext {
  /** The read model's columns this object's SQL has referred to so far, in order of first use. */
  readonly columnsRead = new Set<string>();

  constructor(private readonly names: SqlNames) {}

  /** The read model's table, for FROM and JOIN. */
  table(): Sql {
    return this.names.quote(REPORT_VALUES_TABLE);
  }

  /** A column of the read model's row (`year`, `township_code`, `report_id` …). */
  column(name: string): Sql {
    this.columnsRead.add(name);
    return sql`rv.${this.names.quote(name)}`;
  }

  cell(source: CellSource): Sql {
    return this.column(valueCellColumn(source.table, source.key, source.column));
  }

  issueCount(severity: Severity | null): Sql {
    return this.column(issueCountColumn(severity));
  }

  reportCount(): Sql {
    return sql`CASE WHEN ${this.column('report_id')} IS NULL THEN 0 ELSE 1 END`;
  }

  /** The SQL of each per-report part of a metric, by suffix. */
  parts(metric: Metric): Map<PartSuffix, Sql> {
    return new Map(rowParts(metric).map(([suffix, formula]) => [suffix, rowFormulaSql(formula, this)]));
  }
}
