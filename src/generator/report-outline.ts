/**
 * What a generated report says, in reading order and before any form: the title, the
 * numbered section headings, the prose, the tables with their merged cells, the signature.
 * The text, HTML and .docx renderers each write this one outline in their own form.
 */
import type { SpanTable } from '../reading/documents/span-table';
import type { ReportData, SectionKey } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { applicationTable, caseTable, channelTable, disclosureTable, hasChannelTable } from './render-tables';
import { CHINESE_NUMERALS, REPORT_TITLE_SUFFIX, SECTION_TITLES, type SectionHeadingKey } from './template-text';

export type OutlineItem =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** `section`: which of the template's tables it is, for renderers that treat them apart. */
  | { kind: 'table'; section: TableSection; table: SpanTable }
  | { kind: 'signature'; text: string };

export type TableSection = Exclude<SectionHeadingKey, 'overview' | 'problems' | 'other'>;

const SECTION_ORDER: readonly SectionHeadingKey[] = [
  'overview',
  'activeDisclosure',
  'channels',
  'applications',
  'cases',
  'problems',
  'other',
];

function tableItems(section: TableSection, table: SpanTable): OutlineItem[] {
  return table.length === 0 ? [] : [{ kind: 'table', section, table }];
}

/** Each paragraph of a section (stored one per line). */
function proseItems(data: ReportData, key: SectionKey): OutlineItem[] {
  const text = data.sections?.[key];
  return text ? text.split('\n').map((paragraph) => ({ kind: 'paragraph', text: paragraph })) : [];
}

function sectionItems(data: ReportData, section: SectionHeadingKey): OutlineItem[] {
  switch (section) {
    case 'overview':
    case 'problems':
    case 'other':
      return proseItems(data, section);
    case 'activeDisclosure':
      return tableItems('activeDisclosure', disclosureTable(data));
    case 'channels':
      return tableItems('channels', channelTable(data));
    case 'applications':
      return tableItems('applications', applicationTable(data));
    case 'cases':
      return tableItems('cases', caseTable(data));
    default:
      return assertNever(section);
  }
}

/** The sections this report has; the channel table is an optional extra, as in the fixture. */
function presentSections(data: ReportData): SectionHeadingKey[] {
  return SECTION_ORDER.filter((section) => section !== 'channels' || hasChannelTable(data));
}

/** 2020-01-20 → 2020年01月20日 */
function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${year}年${month}月${day}日`;
}

/** The signature: the organization, then the date of publication. */
function signatureItems(data: ReportData): OutlineItem[] {
  return [data.organization, data.publishedOn && chineseDate(data.publishedOn)]
    .filter((line): line is string => Boolean(line))
    .map((text) => ({ kind: 'signature', text }));
}

export function reportTitle(data: ReportData): string {
  return `${data.organization ?? ''}${data.year ?? ''}${REPORT_TITLE_SUFFIX}`;
}

export function reportOutline(data: ReportData): OutlineItem[] {
  const titles = SECTION_TITLES[data.template];
  return [
    { kind: 'title', text: reportTitle(data) },
    ...presentSections(data).flatMap((section, i): OutlineItem[] => [
      { kind: 'heading', text: `${CHINESE_NUMERALS[i]}、${titles[section]}` },
      ...sectionItems(data, section),
    ]),
    ...signatureItems(data),
  ];
}
