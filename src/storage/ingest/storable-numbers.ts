import { HubError } from '../../core/errors';
import { toRows } from '../store/report-rows';
import { ReportData } from '../../reading/template/report-data';

/** The largest count an INT column holds on every database; amounts (DOUBLE) are kept within it too. */
const MAX_STORABLE = 2_147_483_647;

const storable = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= MAX_STORABLE;

/**
 * A number read from a document (a run of 400 digits, a cell glued to the next) that no
 * column can hold is refused with the value named, rather than failing inside the insert.
 * Runs on every upload's ~60 rows, hence loops rather than a generator of entry lists.
 */
export function checkStorableNumbers(data: ReportData): void {
  for (const [table, rows] of Object.entries(toRows(data))) {
    for (const row of rows as Record<string, unknown>[]) {
      for (const column in row) {
        const value = row[column];
        if (typeof value !== 'number' || storable(value)) continue;
        throw new HubError(
          'BAD_USER_INPUT',
          `报告中的数值 ${value}（${table}.${column}）超出可存储的范围（绝对值不超过 ${MAX_STORABLE}）`,
          {
            table,
            column,
            value: String(value),
            max: MAX_STORABLE,
          },
        );
      }
    }
  }
}
