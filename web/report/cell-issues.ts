import { IssueView } from './report-fields.js';

/** Which issues (by their number in the issue list, from 1) name each cell path. */
export class CellIssues {
  private readonly byCell = new Map<string, number[]>();

  constructor(readonly issues: IssueView[]) {
    issues.forEach((issue, index) => {
      for (const cell of issue.cells) this.byCell.set(cell, [...(this.byCell.get(cell) ?? []), index + 1]);
    });
  }

  numbers(path: string): number[] {
    return this.byCell.get(path) ?? [];
  }

  /** The worst severity among the cell's issues: how strongly the cell is marked. */
  severity(path: string): IssueView['severity'] | undefined {
    const severities = this.numbers(path).map((n) => this.issues[n - 1].severity);
    return (['ERROR', 'WARNING', 'INFO'] as const).find((s) => severities.includes(s));
  }

  explanation(path: string): string {
    return this.numbers(path)
      .map((n) => `[${n}] ${this.issues[n - 1].message}`)
      .join('\n');
  }
}
