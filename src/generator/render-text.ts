/**
 * Renders a ReportData as the text form of a published report (see the zhangting-2019
 * fixture): prose lines without TAB; each table cell on its own line starting with a TAB; a
 * blank line after each table row and one more after each table; a blank cell as a lone TAB.
 */
import type { ReportData, SectionKey } from '../template/report-data';
import { assertNever } from './assert-never';
import { applicationRows, caseRows, channelRows, disclosureRows, hasChannelTable, type TableRows } from './render-tables';
import { CHINESE_NUMERALS, REPORT_TITLE_SUFFIX, SECTION_TITLES, type SectionHeadingKey } from './template-text';

const SECTION_ORDER: readonly SectionHeadingKey[] = [
  'overview',
  'activeDisclosure',
  'channels',
  'applications',
  'cases',
  'problems',
  'other',
];

function tableLines(rows: TableRows): string[] {
  if (rows.length === 0) return [];
  return [...rows.flatMap((row) => [...row.map((cell) => `\t${cell}`), '']), ''];
}

/** Each paragraph of a section (stored one per line) on its own line, a blank line after it. */
function proseLines(data: ReportData, key: SectionKey): string[] {
  const text = data.sections?.[key];
  return text ? text.split('\n').flatMap((paragraph) => [paragraph, '']) : [];
}

function sectionLines(data: ReportData, section: SectionHeadingKey): string[] {
  switch (section) {
    case 'overview':
    case 'problems':
    case 'other':
      return proseLines(data, section);
    case 'activeDisclosure':
      return tableLines(disclosureRows(data));
    case 'channels':
      return tableLines(channelRows(data));
    case 'applications':
      return tableLines(applicationRows(data));
    case 'cases':
      return tableLines(caseRows(data));
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
function closingLines(data: ReportData): string[] {
  return [data.organization, data.publishedOn && chineseDate(data.publishedOn)]
    .filter((line): line is string => Boolean(line))
    .flatMap((line) => [line, '']);
}

export function renderText(data: ReportData): string {
  const titles = SECTION_TITLES[data.template];
  const lines = [`${data.organization ?? ''}${data.year ?? ''}${REPORT_TITLE_SUFFIX}`, ''];
  presentSections(data).forEach((section, i) => {
    lines.push(`${CHINESE_NUMERALS[i]}、${titles[section]}`, '', ...sectionLines(data, section));
  });
  lines.push(...closingLines(data));
  return lines.join('\n');
}
