/**
 * report.sections: the parts every annual report must have — the narrative sections 总体情况,
 * 存在的主要问题及改进情况 and 其他需要报告的事项, and tables 2, 3 and 4. Assessments deduct
 * points for missing required elements.
 */
import { CASE_GROUPS, SECTION_KEYS, type ReportData, type SectionKey } from '../reading/template/report-data';
import { SECTION_LABELS, TABLE_LABELS } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';

type RequiredTable = 'activeDisclosure' | 'applications' | 'caseOutcomes';
type RequiredPart = { kind: 'section'; key: SectionKey } | { kind: 'table'; key: RequiredTable };

const REQUIRED_PARTS: readonly RequiredPart[] = [
  ...SECTION_KEYS.map((key) => ({ kind: 'section' as const, key })),
  ...(['activeDisclosure', 'applications', 'caseOutcomes'] as const).map((key) => ({ kind: 'table' as const, key })),
];

function hasContent(value: object | undefined): boolean {
  return value !== undefined && Object.keys(value).length > 0;
}

function tablePresent(data: ReportData, table: RequiredTable): boolean {
  if (table === 'caseOutcomes') return CASE_GROUPS.some((group) => hasContent(data[group]));
  return hasContent(data[table]);
}

function missing(data: ReportData, part: RequiredPart): Finding[] {
  switch (part.kind) {
    case 'section':
      if (data.sections?.[part.key]?.trim()) return [];
      return [{ message: `缺少“${SECTION_LABELS[part.key]}”部分`, cells: [`sections.${part.key}`] }];
    case 'table':
      if (tablePresent(data, part.key)) return [];
      // Table 4 has no single path of its own; its first group stands for it.
      return [{ message: `缺少${TABLE_LABELS[part.key]}`, cells: [part.key === 'caseOutcomes' ? 'review' : part.key] }];
    default: {
      const unknown: never = part;
      throw new Error(`unknown report part ${JSON.stringify(unknown)}`);
    }
  }
}

export const reportSections: Rule = {
  id: 'report.sections',
  severity: 'warning',
  check: (data) => REQUIRED_PARTS.flatMap((part) => missing(data, part)),
};
