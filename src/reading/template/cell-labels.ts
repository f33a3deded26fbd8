/**
 * The Chinese labels of the national template's tables, rows and columns, and phrases that
 * point at a cell (表三 收到和处理政府信息公开申请情况“（一）予以公开”行“自然人”列). Township
 * staff read issue messages against the printed template, so the words are the template's own.
 */
import {
  APPLICATION_GROUPS,
  APPLICATION_ROW_PATHS,
  DISCLOSURE_COLUMN_KEYS,
  type ApplicantColumn,
  type ApplicationGroup,
  type CaseGroup,
  type ChannelKey,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ResponseKey,
  type SectionKey,
  type TemplateVersion,
} from './report-data';
import {
  APPLICANT_COLUMN_TITLES,
  APPLICATION_GROUP_TITLES,
  APPLICATION_SINGLE_ROW_WORDING,
  CASE_COLUMN_TITLES,
  CASE_GROUP_TITLES,
  CASE_TABLE_TITLE,
  CHANNEL_WORDING,
  DISCLOSURE_ARTICLES,
  LITIGATION_HEADING,
  RESPONSE_WORDING,
  disclosureColumnTitle,
  disclosureItemTitle,
  sectionTitles,
  subRowTitle,
  type ApplicationSingleRow,
  type CountWording,
} from './wording';

/** A table-3 row by its path: `newReceived`, `denied.stateSecret`, `otherHandling.total` … */
export type ApplicationRowPath =
  ApplicationSingleRow | { [G in ApplicationGroup]: `${G}.${(typeof APPLICATION_GROUPS)[G][number]}` }[ApplicationGroup];

/** Messages speak the current (2021) template's words, whichever template a report follows. */
const SECTION_TITLES = sectionTitles('2021');

export const TABLE_LABELS = {
  activeDisclosure: `表二 ${SECTION_TITLES.activeDisclosure}`,
  applications: `表三 ${SECTION_TITLES.applications}`,
  caseOutcomes: `表四 ${CASE_TABLE_TITLE}`,
  channels: SECTION_TITLES.channels,
} as const;

export const SECTION_LABELS: Record<SectionKey, string> = {
  overview: SECTION_TITLES.overview,
  problems: SECTION_TITLES.problems,
  other: SECTION_TITLES.other,
};

// ---- Table 2 ---------------------------------------------------------------------------------

export const disclosureColumnLabel = disclosureColumnTitle;

// ---- Table 3 ---------------------------------------------------------------------------------

export const APPLICANT_COLUMN_LABELS = APPLICANT_COLUMN_TITLES;

/** Single rows: the template's label (without its note) and the short name for arithmetic. */
export const APPLICATION_SINGLE_ROW_LABELS = APPLICATION_SINGLE_ROW_WORDING;

function isSingleRow(row: ApplicationRowPath): row is ApplicationSingleRow {
  return row in APPLICATION_SINGLE_ROW_LABELS;
}

function rowLabel(row: ApplicationRowPath): string {
  if (isSingleRow(row)) return APPLICATION_SINGLE_ROW_LABELS[row].label;
  const group = APPLICATION_GROUP_TITLES[row.split('.')[0] as ApplicationGroup];
  // The 2019 template's single （六） row, or the 2021 sum of 1–3: the heading names both.
  const sub = subRowTitle(row);
  return sub === undefined ? group : `${group} ${sub}`;
}

/** Worked out once: the rules name a row for every sum they compare, most of which agree. */
const ROW_LABELS = new Map(APPLICATION_ROW_PATHS.map((row) => [row, rowLabel(row as ApplicationRowPath)]));

/** The template's label of a table-3 row: `（三）不予公开 1.属于国家秘密`. */
export function applicationRowLabel(row: ApplicationRowPath): string {
  return ROW_LABELS.get(row) ?? rowLabel(row);
}

// ---- Table 4 ---------------------------------------------------------------------------------

/** `行政复议`, `行政诉讼—复议后起诉`: a kind of litigation is named with 行政诉讼 before it. */
export function caseGroupLabel(group: CaseGroup): string {
  switch (group) {
    case 'review':
      return CASE_GROUP_TITLES.review;
    case 'litigationDirect':
    case 'litigationAfterReview':
      return `${LITIGATION_HEADING}—${CASE_GROUP_TITLES[group]}`;
    default: {
      const unknown: never = group;
      throw new Error(`unknown case group ${String(unknown)}`);
    }
  }
}

export const CASE_COLUMN_LABELS = CASE_COLUMN_TITLES;

// ---- Platform and channel table ------------------------------------------------------------

/** Count names without the table's numbering and notes: `政府网站公开政府信息数`. */
function countNames<K extends string>(wording: Record<K, CountWording>): Record<K, string> {
  const entries = Object.entries<CountWording>(wording).map(([key, { name }]) => [key, name]);
  return Object.fromEntries(entries) as Record<K, string>;
}

const CHANNEL_LABELS: Record<ChannelKey, string> = countNames(CHANNEL_WORDING);
const RESPONSE_LABELS: Record<ResponseKey, string> = countNames(RESPONSE_WORDING);

// ---- Pointing at rows, columns and cells -----------------------------------------------------

/** `“自然人”列` */
export function columnRef(label: string): string {
  return `“${label}”列`;
}

/** `表二 主动公开政府信息情况 第二十条第（五）项“行政许可”行` */
export function disclosureRowRef(item: DisclosureItemKey, template: TemplateVersion): string {
  return `${TABLE_LABELS.activeDisclosure} ${DISCLOSURE_ARTICLES[item]}“${disclosureItemTitle(item, template)}”行`;
}

/** `表三 收到和处理政府信息公开申请情况“（一）予以公开”行` */
export function applicationRowRef(row: ApplicationRowPath): string {
  return `${TABLE_LABELS.applications}“${applicationRowLabel(row)}”行`;
}

/** `表三 收到和处理政府信息公开申请情况“自然人”列` */
export function applicationColumnRef(column: ApplicantColumn): string {
  return `${TABLE_LABELS.applications}${columnRef(APPLICANT_COLUMN_LABELS[column])}`;
}

/** `表四 行政复议、行政诉讼情况“行政复议”行` */
export function caseRowRef(group: CaseGroup): string {
  return `${TABLE_LABELS.caseOutcomes}“${caseGroupLabel(group)}”行`;
}

/** Narrows a path segment to a key of a label table. */
function isKey<K extends string>(labels: Record<K, string>, key: string | undefined): key is K {
  return key !== undefined && Object.hasOwn(labels, key);
}

function isDisclosureColumn(key: string | undefined): key is DisclosureColumnKey {
  return (DISCLOSURE_COLUMN_KEYS as readonly (string | undefined)[]).includes(key);
}

export function isApplicationRowPath(path: string): path is ApplicationRowPath {
  return APPLICATION_ROW_PATHS.includes(path);
}

/**
 * Any ReportData cell path in words, for messages about cells of any table
 * (`applications.denied.stateSecret.natural` → 表三 …“（三）不予公开 1.属于国家秘密”行“自然人”列).
 * A path the template does not know comes back as it is.
 */
export function describeCell(path: string, template: TemplateVersion): string {
  const [head, ...rest] = path.split('.');
  const column = rest[rest.length - 1];
  switch (head) {
    case 'activeDisclosure': {
      const [item] = rest;
      if (rest.length !== 2 || !isKey(DISCLOSURE_ARTICLES, item) || !isDisclosureColumn(column)) {
        return path;
      }
      return `${disclosureRowRef(item, template)}${columnRef(disclosureColumnTitle(column, template))}`;
    }
    case 'applications': {
      const row = rest.slice(0, -1).join('.');
      if (!isApplicationRowPath(row) || !isKey(APPLICANT_COLUMN_LABELS, column)) return path;
      return `${applicationRowRef(row)}${columnRef(APPLICANT_COLUMN_LABELS[column])}`;
    }
    case 'review':
    case 'litigationDirect':
    case 'litigationAfterReview':
      if (rest.length !== 1 || !isKey(CASE_COLUMN_LABELS, column)) return path;
      return `${caseRowRef(head)}${columnRef(CASE_COLUMN_LABELS[column])}`;
    case 'channels':
      return rest.length === 1 && isKey(CHANNEL_LABELS, column) ? countRef(CHANNEL_LABELS[column]) : path;
    case 'responses':
      return rest.length === 1 && isKey(RESPONSE_LABELS, column) ? countRef(RESPONSE_LABELS[column]) : path;
    default:
      return path;
  }
}

/** `公开平台建设和信息发布情况“政府网站公开政府信息数”` */
function countRef(label: string): string {
  return `${TABLE_LABELS.channels}“${label}”`;
}
