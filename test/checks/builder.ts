/**
 * Builds ReportData for the check tests: a complete, consistent report (every cell 0, every
 * section present, published on time) that a test then bends one cell at a time.
 */
import {
  APPLICATION_ROW_PATHS,
  CASE_GROUPS,
  DISCLOSURE_COLUMNS,
  blankApplicantRow,
  blankCaseOutcome,
  setApplicationRow,
  type ApplicantRow,
  type Applications,
  type ActiveDisclosure,
  type Cell,
  type ReportData,
  type ReportIssue,
  type TemplateVersion,
} from '../../src/reading/template/report-data';
import { runChecks } from '../../src/checks/run-checks';

function zeroRow(): ApplicantRow {
  const row = blankApplicantRow();
  for (const key of Object.keys(row) as (keyof ApplicantRow)[]) row[key] = 0;
  return row;
}

function zeroDisclosure(template: TemplateVersion): ActiveDisclosure {
  const items: ActiveDisclosure = {};
  for (const [item, columns] of Object.entries<readonly string[]>(DISCLOSURE_COLUMNS[template])) {
    items[item as keyof ActiveDisclosure] = Object.fromEntries(columns.map((column) => [column, 0]));
  }
  return items;
}

function zeroApplications(template: TemplateVersion): Applications {
  const apps: Applications = {};
  // The 2019 template has a single （六）其他处理 row; the 2021 one three sub-rows and their sum.
  const rows = APPLICATION_ROW_PATHS.filter(
    (path) => template === '2021' || !path.startsWith('otherHandling.') || path === 'otherHandling.total',
  );
  for (const path of rows) setApplicationRow(apps, path, zeroRow());
  return apps;
}

export function buildReport(template: TemplateVersion = '2021'): ReportData {
  const year = template === '2021' ? 2022 : 2019;
  const data: ReportData = {
    organization: '丈亭镇人民政府',
    year,
    template,
    publishedOn: `${year + 1}-01-20`,
    activeDisclosure: zeroDisclosure(template),
    applications: zeroApplications(template),
    sections: { overview: '总体情况……', problems: '存在的主要问题……', other: '无' },
    issues: [],
  };
  for (const group of CASE_GROUPS) {
    data[group] = { ...blankCaseOutcome(), maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  }
  return data;
}

/** Sets the cell at a ReportData path (`applications.denied.stateSecret.natural`). */
export function setCell(data: ReportData, path: string, value: Cell): ReportData {
  const segments = path.split('.');
  const last = segments.pop() as string;
  let node = data as unknown as Record<string, unknown>;
  for (const segment of segments) node = (node[segment] ??= {}) as Record<string, unknown>;
  node[last] = value;
  return data;
}

/** Sets several cells: `{ 'review.total': 0, … }`. */
export function setCells(data: ReportData, cells: Record<string, Cell>): ReportData {
  for (const [path, value] of Object.entries(cells)) setCell(data, path, value);
  return data;
}

export function issuesOf(data: ReportData, rule: string, previous?: ReportData): ReportIssue[] {
  return runChecks(data, { previous }).filter((issue) => issue.rule === rule);
}

/** Sets the counts the prose states, each as [key, value, sentence]. */
export function withNarrative(data: ReportData, counts: [string, number, string][]): ReportData {
  data.narrativeCounts = counts.map(([key, value, sentence]) => ({ key, value, sentence }));
  return data;
}
