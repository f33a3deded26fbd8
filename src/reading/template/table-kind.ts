/** The report's statistical tables, as the parser tells them apart. */
import { sectionTitles } from './wording';

export const TABLE_KINDS = ['disclosure', 'applications', 'cases', 'platform'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** The tables every report of either template must have; the platform table is optional. */
export const REQUIRED_TABLES = ['disclosure', 'applications', 'cases'] as const satisfies readonly TableKind[];
export type RequiredTable = (typeof REQUIRED_TABLES)[number];

const titles = sectionTitles('2019');

/** The template's own titles (src/reading/template/wording.ts), for messages to township staff. */
export const TABLE_TITLES: Record<TableKind, string> = {
  disclosure: `${titles.activeDisclosure}（第二十条）`,
  applications: titles.applications,
  cases: titles.cases,
  platform: titles.channels,
};
