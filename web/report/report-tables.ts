import {
  APPLICANT_COLUMN_TITLES,
  APPLICATION_GROUP_TITLES,
  APPLICATION_SINGLE_ROW_WORDING,
  CASE_COLUMN_TITLES,
  CASE_GROUP_TITLES,
  CHANNEL_WORDING,
  COUNT_TABLE_HEADINGS,
  DISCLOSURE_CONTENT_HEADER,
  LITIGATION_HEADING,
  OUTCOME_HEADING,
  ApplicationSingleRow,
  disclosureColumnTitle,
  disclosureItemTitle,
  printedCountLabel,
  sectionTitles,
  subRowTitle,
} from '../../src/reading/template/wording.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROW_PATHS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  DisclosureColumnKey,
  DisclosureItemKey,
} from '../../src/reading/template/report-data.js';
import { el } from '../lib/dom.js';
import { cellText } from '../lib/format.js';
import { CellIssues } from './cell-issues.js';
import { CellSources } from './cell-sources.js';
import { ReportView, cellAt } from './report-fields.js';

/** What the tables mark on their cells: the issues naming them and where each was read. */
export interface CellNotes {
  issues: CellIssues;
  sources: CellSources;
  /** The cells the report marks —— (not applicable): shown as 不适用, not as blank. */
  notApplicable: ReadonlySet<string>;
}

/** A value cell: marked when an issue names it, where it was read and its issues' messages on hover, the issues' numbers beside it. */
function valueCell(report: ReportView, { issues, sources, notApplicable }: CellNotes, path: string): HTMLTableCellElement {
  const value = cellAt(report, path);
  const severity = issues.severity(path);
  const numbers = issues.numbers(path);
  const source = sources.note(path);
  const classes = ['num', severity && `flagged ${severity.toLowerCase()}`, typeof value !== 'number' && 'blank', source && 'sourced'];
  const hover = [source, severity && issues.explanation(path)].filter(Boolean).join('\n');
  return el(
    'td',
    { class: classes.filter(Boolean).join(' '), title: hover || undefined, 'data-cell': path },
    typeof value !== 'number' && notApplicable.has(path) ? '不适用' : cellText(value),
    numbers.length > 0 && el('sup', {}, numbers.join(',')),
  );
}

function table(caption: string, ...rows: HTMLTableRowElement[]): HTMLTableElement {
  return el('table', { class: 'report-table' }, el('caption', {}, caption), el('tbody', {}, ...rows));
}

const headerRow = (...titles: string[]) => el('tr', {}, ...titles.map((t) => el('th', {}, t)));

/** Table 2 as the template prints it: items sharing a column set under one header row. */
function disclosureTable(report: ReportView, notes: CellNotes): HTMLTableElement {
  const rows: HTMLTableRowElement[] = [];
  let header = '';
  for (const [item, columns] of Object.entries(DISCLOSURE_COLUMNS[report.template]) as [
    DisclosureItemKey,
    readonly DisclosureColumnKey[],
  ][]) {
    const titles = columns.map((c) => disclosureColumnTitle(c, report.template));
    if (titles.join() !== header) rows.push(headerRow(DISCLOSURE_CONTENT_HEADER, ...titles));
    header = titles.join();
    const path = `activeDisclosure.${item}`;
    rows.push(
      el(
        'tr',
        {},
        el('th', {}, disclosureItemTitle(item, report.template)),
        ...columns.map((c) => valueCell(report, notes, `${path}.${c}`)),
      ),
    );
  }
  return table(`二、${sectionTitles(report.template).activeDisclosure}`, ...rows);
}

function channelTable(report: ReportView, notes: CellNotes): HTMLTableElement {
  const rows = CHANNEL_KEYS.map((key) =>
    el(
      'tr',
      {},
      el('th', {}, printedCountLabel(CHANNEL_WORDING[key])),
      el('td', {}, CHANNEL_WORDING[key].unit),
      valueCell(report, notes, `channels.${key}`),
    ),
  );
  return table(
    sectionTitles(report.template).channels,
    headerRow(COUNT_TABLE_HEADINGS.indicator, COUNT_TABLE_HEADINGS.unit, COUNT_TABLE_HEADINGS.count),
    ...rows,
  );
}

/** The label of a table-3 row; otherHandling.total is the （六） row itself unless its sub-rows are shown. */
function applicationRowLabel(path: string, groupHeadingShown: boolean): string {
  const [group, sub] = path.split('.');
  if (!sub) return APPLICATION_SINGLE_ROW_WORDING[group as ApplicationSingleRow].label;
  return subRowTitle(path) ?? (groupHeadingShown ? '合计' : APPLICATION_GROUP_TITLES[group as keyof typeof APPLICATION_GROUP_TITLES]);
}

/** Table 3: the rows the report has, in template order, with the headings of their groups. */
function applicationTable(report: ReportView, notes: CellNotes): HTMLTableElement {
  const present = APPLICATION_ROW_PATHS.filter((path) => cellAt(report, `applications.${path}.total`) !== undefined);
  const headed = new Set(present.filter((p) => p.includes('.') && subRowTitle(p)).map((p) => p.split('.')[0]));
  const rows: HTMLTableRowElement[] = [headerRow('', ...APPLICANT_COLUMNS.map((c) => APPLICANT_COLUMN_TITLES[c]))];
  const span = APPLICANT_COLUMNS.length + 1;
  const seen = new Set<string>();
  for (const path of present) {
    const group = path.split('.')[0];
    if (path === 'granted') rows.push(el('tr', { class: 'group' }, el('th', { colspan: span }, OUTCOME_HEADING)));
    if (headed.has(group) && !seen.has(group))
      rows.push(
        el('tr', { class: 'group' }, el('th', { colspan: span }, APPLICATION_GROUP_TITLES[group as keyof typeof APPLICATION_GROUP_TITLES])),
      );
    seen.add(group);
    rows.push(
      el(
        'tr',
        {},
        el('th', {}, applicationRowLabel(path, headed.has(group))),
        ...APPLICANT_COLUMNS.map((c) => valueCell(report, notes, `applications.${path}.${c}`)),
      ),
    );
  }
  return table(`三、${sectionTitles(report.template).applications}`, ...rows);
}

/** Table 4: 行政复议, then 行政诉讼's two kinds, five columns each. */
function caseTable(report: ReportView, notes: CellNotes): HTMLTableElement {
  const width = CASE_COLUMNS.length;
  const groups = el(
    'tr',
    {},
    el('th', { colspan: width, rowspan: 2 }, CASE_GROUP_TITLES.review),
    el('th', { colspan: width * 2 }, LITIGATION_HEADING),
  );
  const kinds = el(
    'tr',
    {},
    el('th', { colspan: width }, CASE_GROUP_TITLES.litigationDirect),
    el('th', { colspan: width }, CASE_GROUP_TITLES.litigationAfterReview),
  );
  const columns = headerRow(...CASE_GROUPS.flatMap(() => CASE_COLUMNS.map((c) => CASE_COLUMN_TITLES[c])));
  const values = el('tr', {}, ...CASE_GROUPS.flatMap((g) => CASE_COLUMNS.map((c) => valueCell(report, notes, `${g}.${c}`))));
  return table(`四、${sectionTitles(report.template).cases}`, groups, kinds, columns, values);
}

/** The report's tables in the template's layout, cells with issues marked and where each was read on hover. */
export function reportTables(report: ReportView, notes: CellNotes): HTMLElement {
  return el(
    'div',
    { class: 'report-tables' },
    disclosureTable(report, notes),
    channelTable(report, notes),
    applicationTable(report, notes),
    caseTable(report, notes),
  );
}
