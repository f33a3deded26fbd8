/**
 * When a report for year Y is due (《政府信息公开条例》第四十九条; article 50 is about the
 * template): departments of governments at county level and above by 31 January of Y+1; the
 * report of a county-level-or-higher government itself, published by its office, by 31 March;
 * townships by the date their county sets, 31 January unless the county sets another.
 */
import { organizationKind } from '../reading/template/organization-kind';
import type { ReportData } from '../reading/template/report-data';

export type ReportingBody = 'government' | 'department' | 'township';

/** A deadline as month-day of the year after the report's, and in words whose deadline it is. */
export interface ReportDeadline {
  monthDay: string;
  basis: string;
}

export const DEFAULT_DEADLINES: Readonly<Record<ReportingBody, ReportDeadline>> = {
  government: { monthDay: '03-31', basis: '县级以上人民政府年度报告的法定期限' },
  department: { monthDay: '01-31', basis: '县级以上人民政府部门年度报告的法定期限' },
  township: { monthDay: '01-31', basis: '乡镇（街道）年度报告的期限（由县级人民政府确定，未另定的为1月31日）' },
};

/** A management committee (管委会) is the government of its area: 平潭综合实验区管委会. */
const AREA_GOVERNMENT = /(管委会|管理委员会)$/;

/**
 * Whose report it is, as far as the organization's name says. Anything that is not plainly a
 * higher government or one of its departments is treated as a township: the hub files only
 * townships, and a county may set its own date for them.
 */
export function reportingBody(organization: string | null): ReportingBody {
  if (organization === null) return 'township';
  switch (organizationKind(organization)) {
    case 'higherLevel':
      return 'government';
    case 'area':
      return AREA_GOVERNMENT.test(organization.trim()) ? 'government' : 'department';
    case 'department':
      return 'department';
    case 'unknown':
      return 'township';
  }
}

/** The deadline that applies to a report: the day (YYYY-MM-DD) and in words whose deadline it is. */
export interface AppliedDeadline {
  date: string;
  basis: string;
}

/** A report's deadline: by whose report it is, a township's from its region's setting when there is one. Null without a year. */
export function deadlineOf(
  { year, organization }: Pick<ReportData, 'year' | 'organization'>,
  townshipDeadline?: ReportDeadline,
): AppliedDeadline | null {
  if (year === null) return null;
  const body = reportingBody(organization);
  const { monthDay, basis } = body === 'township' && townshipDeadline ? townshipDeadline : DEFAULT_DEADLINES[body];
  return { date: `${year + 1}-${monthDay}`, basis };
}

/** A region's own date for its townships, in words: `余姚市规定的乡镇（街道）年度报告期限`. */
export function regionDeadline(monthDay: string, regionName: string): ReportDeadline {
  return { monthDay, basis: `${regionName}规定的乡镇（街道）年度报告期限` };
}

/** A day of the year after the report year, MM-DD (29 February excluded: it is not in every year). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  return new Date(Date.UTC(2001, Number(match[1]) - 1, Number(match[2]))).toISOString().slice(5, 10) === value;
}
