/**
 * When a report for year Y is due (《政府信息公开条例》第四十九条; article 50 is about the
 * template): departments of governments at county level and above by 31 January of Y+1; the
 * report of a county-level-or-higher government itself, published by its office, by 31 March;
 * townships by the date their county sets, 31 January unless the county sets another.
 */
import { organizationKind } from '../reading/template/organization-kind';

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
