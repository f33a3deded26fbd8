/** The report's statistical tables, as the parser tells them apart. */

export const TABLE_KINDS = ['disclosure', 'applications', 'cases', 'platform'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** The tables every report of either template must have; the platform table is optional. */
export const REQUIRED_TABLES = ['disclosure', 'applications', 'cases'] as const satisfies readonly TableKind[];
export type RequiredTable = (typeof REQUIRED_TABLES)[number];

/** The template's own titles, for messages to township staff. */
export const TABLE_TITLES: Record<TableKind, string> = {
  disclosure: '主动公开政府信息情况（第二十条）',
  applications: '收到和处理政府信息公开申请情况',
  cases: '政府信息公开行政复议、行政诉讼情况',
  platform: '公开平台建设和信息发布情况',
};
