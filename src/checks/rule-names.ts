import type { RuleId } from './rule';

/**
 * Each rule's Chinese name, as the pages and exports show it in place of its id. Imports
 * nothing at run time: the pages compile this file into their own build (web/tsconfig.json),
 * so the server and the browser read one table.
 */
export const RULE_NAMES: Record<RuleId, string> = {
  'applications.identity': '申请数勾稽关系（新收＋结转＝办结＋结转下年）',
  'applications.rowTotal': '申请人各列之和与总计不符',
  'applications.outcomeTotal': '办理结果各项之和与总计不符',
  'applications.subtotals': '其他处理各小项之和不符',
  'review.total': '行政复议合计不符',
  'litigation.total': '行政诉讼合计不符',
  'cells.blank': '表格未填',
  'cells.negative': '表格填了负数',
  'channels.narrative': '正文与公开渠道数不符',
  'narrative.applications': '正文与申请数不符',
  'narrative.disclosure': '正文与主动公开数不符',
  'narrative.cases': '正文与复议诉讼数不符',
  'report.late': '逾期发布',
  'report.changedAfterDeadline': '期限后修改已发布数据',
  'report.sections': '报告缺少必备部分',
  'years.carryOver': '上年结转与上年报告不符',
};

/** A rule's Chinese name; an id this build does not know (a newer hub's) shows as itself. */
export function ruleName(rule: string): string {
  return (RULE_NAMES as Record<string, string>)[rule] ?? rule;
}
