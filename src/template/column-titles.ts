/** The templates' column titles, for parser messages that name the columns of a row. */
import type { ApplicantColumn, CaseColumn, DisclosureColumnKey, TemplateVersion } from './report-data';

const DISCLOSURE_COLUMN_TITLES: Record<TemplateVersion, Record<DisclosureColumnKey, string>> = {
  '2019': {
    made: '本年新制作数量',
    published: '本年新公开数量',
    total: '对外公开总数量',
    repealed: '本年废止件数',
    valid: '现行有效件数',
    previous: '上一年项目数量',
    change: '本年增/减',
    decisions: '处理决定数量',
    count: '采购项目数量',
    amount: '采购总金额',
  },
  '2021': {
    made: '本年制发件数',
    published: '本年新公开数量',
    total: '对外公开总数量',
    repealed: '本年废止件数',
    valid: '现行有效件数',
    previous: '上一年项目数量',
    change: '本年增/减',
    decisions: '本年处理决定数量',
    count: '采购项目数量',
    amount: '本年收费金额（单位：万元）',
  },
};

export function disclosureColumnTitle(template: TemplateVersion, column: DisclosureColumnKey): string {
  return DISCLOSURE_COLUMN_TITLES[template][column];
}

export const APPLICANT_COLUMN_TITLES: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

export const CASE_COLUMN_TITLES: Record<CaseColumn, string> = {
  maintained: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** The platform table's single value column. */
export const COUNT_COLUMN_TITLE = '统计数';
