/**
 * The national template's text laid out as the generator writes it: per-template headings,
 * the 第二十条 blocks, the header rows of tables 3 and 4, the channel table's rows. The words
 * themselves are the template's (src/reading/template/wording); what this adds is the arrangement.
 * The parser recognises labels by its own keyword patterns (src/reading/template/labels), so a round
 * trip between the two still tests the parser against the template's clean form.
 */
import {
  APPLICANT_PARTS,
  APPLICATION_SINGLE_ROWS,
  CASE_COLUMNS,
  DISCLOSURE_COLUMNS,
  TEMPLATE_VERSIONS,
  type ChannelKey,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ResponseKey,
  type TemplateVersion,
} from '../reading/template/report-data';
import {
  APPLICANT_COLUMN_TITLES,
  APPLICANT_HEADING,
  APPLICATION_IDENTITY_NOTE,
  CASE_COLUMN_TITLES,
  CASE_GROUP_TITLES,
  CHANNEL_WORDING,
  COUNT_TABLE_HEADINGS,
  DISCLOSURE_ARTICLES,
  LEGAL_PERSONS_HEADING,
  LITIGATION_HEADING,
  RESPONSE_WORDING,
  disclosureColumnTitle,
  disclosureItemTitle,
  printedCountLabel,
  printedSingleRowLabel,
  sectionTitles,
  type ApplicationSingleRow,
  type CountWording,
} from '../reading/template/wording';

export {
  APPLICATION_GROUP_TITLES as APPLICATION_GROUP_LABELS,
  APPLICATION_SUB_ROW_TITLES as APPLICATION_SUBROW_LABELS,
  CHANNEL_GROUP_HEADING as CHANNEL_GROUP_LABEL,
  DISCLOSURE_CONTENT_HEADER,
  OUTCOME_HEADING as OUTCOME_SPAN_LABEL,
  REPORT_TITLE_SUFFIX,
  RESPONSE_GROUP_HEADING as RESPONSE_GROUP_LABEL,
  type ApplicationSubRowPath,
  type SectionHeadingKey,
} from '../reading/template/wording';

/** A record with an entry for each key: per template, per item, per column. */
function keyed<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

/** Section titles without their number: the number depends on which tables a report has. */
export const SECTION_TITLES = keyed(TEMPLATE_VERSIONS, sectionTitles);

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Written where the report leaves a cell not applicable. */
export const NOT_APPLICABLE_MARK = '——';

// ---- Table 2 ---------------------------------------------------------------------------------

export interface DisclosureBlock {
  article: string;
  items: readonly DisclosureItemKey[];
}

function templateItems(template: TemplateVersion): DisclosureItemKey[] {
  return Object.keys(DISCLOSURE_COLUMNS[template]) as DisclosureItemKey[];
}

/** The template's items in order, consecutive items of one 第二十条 article in one block. */
function disclosureBlocks(template: TemplateVersion): DisclosureBlock[] {
  const blocks: { article: string; items: DisclosureItemKey[] }[] = [];
  for (const item of templateItems(template)) {
    const article = DISCLOSURE_ARTICLES[item];
    const last = blocks[blocks.length - 1];
    if (last?.article === article) last.items.push(item);
    else blocks.push({ article, items: [item] });
  }
  return blocks;
}

export const DISCLOSURE_BLOCKS: Record<TemplateVersion, readonly DisclosureBlock[]> = keyed(TEMPLATE_VERSIONS, disclosureBlocks);

/** The columns the template's items have, each once. */
function templateColumns(template: TemplateVersion): DisclosureColumnKey[] {
  const columns: readonly (readonly DisclosureColumnKey[])[] = Object.values(DISCLOSURE_COLUMNS[template]);
  return [...new Set(columns.flat())];
}

/** Per template, the title of each of its rows or columns. */
function titlesPerTemplate<K extends string>(
  keysOf: (template: TemplateVersion) => readonly K[],
  title: (key: K, template: TemplateVersion) => string,
): Record<TemplateVersion, Partial<Record<K, string>>> {
  return keyed(TEMPLATE_VERSIONS, (template) => keyed(keysOf(template), (key) => title(key, template)));
}

export const DISCLOSURE_ITEM_LABELS = titlesPerTemplate(templateItems, disclosureItemTitle);
export const DISCLOSURE_COLUMN_LABELS = titlesPerTemplate(templateColumns, disclosureColumnTitle);

// ---- Platform and channel table ----------------------------------------------------------------

export const CHANNEL_TABLE_HEADER = [COUNT_TABLE_HEADINGS.indicator, COUNT_TABLE_HEADINGS.unit, COUNT_TABLE_HEADINGS.count] as const;

export interface CountLabel {
  label: string;
  unit: string;
}

function countLabels<K extends string>(wording: Record<K, CountWording>): Record<K, CountLabel> {
  const keys = Object.keys(wording) as K[];
  return keyed(keys, (key) => ({ label: printedCountLabel(wording[key]), unit: wording[key].unit }));
}

export const CHANNEL_LABELS: Record<ChannelKey, CountLabel> = countLabels(CHANNEL_WORDING);

export const RESPONSE_LABELS: Record<ResponseKey, CountLabel> = countLabels(RESPONSE_WORDING);

// ---- Table 3 ---------------------------------------------------------------------------------

const ORGANIZATION_COLUMNS = APPLICANT_PARTS.filter((column) => column !== 'natural').map((column) => APPLICANT_COLUMN_TITLES[column]);

/** The note and 申请人情况, then 自然人 / 法人或其他组织 / 总计, then the five kinds of 法人. */
export const APPLICATION_HEADER_ROWS: readonly (readonly string[])[] = [
  [APPLICATION_IDENTITY_NOTE, APPLICANT_HEADING],
  ['', APPLICANT_COLUMN_TITLES.natural, LEGAL_PERSONS_HEADING, APPLICANT_COLUMN_TITLES.total],
  ['', '', ...ORGANIZATION_COLUMNS, ''],
];

/** The single rows' labels as printed, notes included. */
export const APPLICATION_ROW_LABELS: Record<ApplicationSingleRow, string> = keyed(APPLICATION_SINGLE_ROWS, printedSingleRowLabel);

// ---- Table 4 ---------------------------------------------------------------------------------

const CASE_COLUMN_TEXT = CASE_COLUMNS.map((column) => CASE_COLUMN_TITLES[column]);

export const CASE_HEADER_ROWS: readonly (readonly string[])[] = [
  [CASE_GROUP_TITLES.review, LITIGATION_HEADING],
  [...CASE_COLUMN_TEXT, CASE_GROUP_TITLES.litigationDirect, CASE_GROUP_TITLES.litigationAfterReview],
  [...CASE_COLUMN_TEXT.map(() => ''), ...CASE_COLUMN_TEXT, ...CASE_COLUMN_TEXT],
];
