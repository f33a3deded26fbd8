import { HubError } from './errors';

/**
 * The cells (metrics × years × townships) one request may read, spent by each comparison,
 * download or summary before its statement is built, so that a request past the bound is
 * refused before the database does any of the work. The operations of one request (aliases,
 * a batch) share the budget.
 */
export class CellBudget {
  private spent = 0;

  /** `setting` names the variable that sets `limit`, for the refusal's message. */
  constructor(
    readonly limit: number,
    readonly setting: string,
  ) {}

  /** Takes `cells` from the budget, or refuses with QUERY_TOO_COSTLY naming the limit and what the request asked for. */
  spend(cells: number): void {
    const actual = this.spent + cells;
    if (actual > this.limit) {
      throw new HubError(
        'QUERY_TOO_COSTLY',
        `本次请求要读取 ${actual} 个单元格（指标 × 年度 × 乡镇），超过上限 ${this.limit}（${this.setting}）：请缩小地区、年度或指标的范围`,
        { limit: this.limit, actual },
      );
    }
    this.spent = actual;
  }
}
