/**
 * The templates' labels as keyword patterns, and the ReportData keys they stand for
 * (docs/domain.md). Row patterns match `normalizeLabel` output (no numbering, no notes); header
 * and heading patterns match `normalizeText` output, because there a note can matter
 * (`行政诉讼（复议后起诉）`, `（单位：万元）`). Keywords rather than whole labels, since real
 * reports reword, abbreviate and mistype the template (`其他法律行政止公开`).
 */
import {
  APPLICATION_GROUPS,
  APPLICATION_SINGLE_ROWS,
  type ApplicationGroup,
  type CaseGroup,
  type ChannelKey,
  type DisclosureItemKey,
  type ResponseKey,
  type TemplateVersion,
} from './report-data';
import { TableKind } from './table-kind';

type Labelled<K> = readonly (readonly [K, RegExp])[];

function firstMatch<K>(labels: Labelled<K>, text: string): K | undefined {
  return labels.find(([, pattern]) => pattern.test(text))?.[0];
}

// ---- Tables and templates ------------------------------------------------------------------

/** Column headers and table headings: a row holding one heads that table. */
const HEADERS: Labelled<TableKind> = [
  [
    'disclosure',
    /^第二十条|^信息内容$|新制作数量|新公开数量|对外公开总数量|上一年项目数量|^本年增\/?减|^(?:本年)?处理决定数量|采购项目数量|采购总金额|本年制发件数|本年废止件数|现行有效件数|本年收费金额/,
  ],
  ['applications', /申请人情况|勾稽关系|^(?:自然人|法人或其他组织|商业企业|科研机构|社会公益(?:组织)?|法律服务机构)$/],
  ['cases', /^(?:行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结)$|未经复议直接起诉|复议后起诉/],
  ['platform', /^统计指标$|^统计数$/],
];

/** The table a header cell (normalizeText form) belongs to. */
export function headerKind(text: string): TableKind | undefined {
  return firstMatch(HEADERS, text);
}

/** Section headings in the prose that announce a table (二、主动公开政府信息情况 …). */
const HEADINGS: Labelled<TableKind> = [
  ['cases', /行政复议|行政诉讼/],
  ['applications', /收到和处理政府信息公开申请|申请人情况/],
  ['platform', /公开平台建设|统计指标/],
  ['disclosure', /第二十条|主动公开政府信息情况/],
];

export function headingKind(text: string): TableKind | undefined {
  return firstMatch(HEADINGS, text);
}

/** Headers only one template has; the year alone does not decide the template. */
export const TEMPLATE_HEADERS: Labelled<TemplateVersion> = [
  ['2019', /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/?减|采购项目数量|采购总金额/],
  ['2021', /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/],
];

/** Rows only one template has, for reports whose headers were lost. */
export const TEMPLATE_ROWS: Labelled<TemplateVersion> = [
  ['2019', /其他对外管理服务|集中采购/],
  ['2021', /不(?:予)?补正|收费通知/],
];

/** Row labels that head a block of rows and carry no values of their own. */
const CONTEXT_LABELS: Record<TableKind, RegExp> = {
  disclosure: /第二十条|信息内容/,
  applications: /本年度办理结果|^(?:不予公开|无法提供|不予处理)$/,
  cases: /行政复议|行政诉讼/,
  platform: /通过不同渠道和方式/,
};

export function isContextLabel(kind: TableKind, label: string): boolean {
  return CONTEXT_LABELS[kind].test(label);
}

// ---- Table 2 -------------------------------------------------------------------------------

const DISCLOSURE_ROWS: Labelled<DisclosureItemKey> = [
  // At the end: crawler text runs the block's headers into the label (…现行有效件数规章).
  ['regulations', /规章$/],
  ['normativeDocuments', /规范性文件/],
  ['licensing', /行政许可/],
  ['otherServices', /其他对外管理服务/],
  ['punishment', /行政处罚/],
  ['coercion', /行政强制/],
  ['fees', /行政事业性收费/],
  ['procurement', /集中采购|政府采购/],
];

export function disclosureItem(label: string): DisclosureItemKey | undefined {
  return firstMatch(DISCLOSURE_ROWS, label);
}

// ---- Table 3 -------------------------------------------------------------------------------

type SingleRow = (typeof APPLICATION_SINGLE_ROWS)[number];
const APPLICATION_SINGLE_ROW_LABELS: Labelled<SingleRow> = [
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['granted', /予以公开/],
  ['partiallyGranted', /部分公开/],
  ['totalProcessed', /^(?:总计|合计)$/],
  ['carriedForward', /结转下年/],
];

/** The （三）–（六） headings that group sub-rows. */
const APPLICATION_GROUP_LABELS: Labelled<ApplicationGroup> = [
  ['denied', /不予公开/],
  ['unavailable', /无法提供/],
  ['notProcessed', /不予处理/],
  ['otherHandling', /其他处理/],
];

export function applicationGroup(text: string): ApplicationGroup | undefined {
  return firstMatch(APPLICATION_GROUP_LABELS, text);
}

type SubRowKey<G extends ApplicationGroup> = Exclude<(typeof APPLICATION_GROUPS)[G][number], 'total'>;
/** `3.其他` names its row only under （六）其他处理, hence the group-bound patterns. */
interface SubRowLabels<G extends ApplicationGroup> {
  anywhere: Labelled<SubRowKey<G>>;
  inGroup: Labelled<SubRowKey<G>>;
}

const APPLICATION_SUB_ROWS: { [G in ApplicationGroup]: SubRowLabels<G> } = {
  denied: {
    anywhere: [
      ['stateSecret', /国家秘密/],
      ['prohibitedByLaw', /禁止公开|其他法律/],
      ['securityStability', /三安全一稳定|危及/],
      ['thirdPartyRights', /第三方/],
      ['internalAffairs', /内部事务/],
      ['processInformation', /过程性/],
      ['enforcementFiles', /执法案卷/],
      ['administrativeQuery', /行政查询/],
    ],
    inGroup: [],
  },
  unavailable: {
    anywhere: [
      ['notHeld', /不掌握/],
      ['needsCreation', /另行制作|没有现成/],
      ['unclear', /仍不明确|补正后/],
    ],
    inGroup: [],
  },
  notProcessed: {
    anywhere: [
      ['complaint', /信访|举报|投诉/],
      ['repeated', /^重复申请/],
      ['publication', /出版物/],
      ['massRepeated', /大量反复/],
      ['confirmation', /确认|重新出具/],
    ],
    inGroup: [],
  },
  otherHandling: {
    anywhere: [
      ['overdueCorrection', /不(?:予)?补正/],
      ['overdueFee', /缴纳费用|收费通知/],
    ],
    inGroup: [['other', /^其他$/]],
  },
};

/** A table-3 row path (`denied.stateSecret`) and the group in force after it. */
export interface ApplicationRowMatch {
  path: string;
  group?: ApplicationGroup;
}

/**
 * The table-3 row a label names. `group` is the （三）–（六） heading in force (from a merged
 * cell or an earlier row). A group heading that carries values is the group's own row: for
 * （六）其他处理 that is 2019's single row, `otherHandling.total`.
 */
export function applicationRow(label: string, group: ApplicationGroup | undefined): ApplicationRowMatch | undefined {
  const single = firstMatch(APPLICATION_SINGLE_ROW_LABELS, label);
  if (single) return { path: single };
  const heading = applicationGroup(label);
  if (heading) return heading === 'otherHandling' ? { path: 'otherHandling.total', group: heading } : undefined;
  return subRow(label, group);
}

function subRow(label: string, group: ApplicationGroup | undefined): ApplicationRowMatch | undefined {
  const inGroup = group && firstMatch(allSubRowLabels(group), label);
  if (group && inGroup) return { path: `${group}.${inGroup}`, group };
  const groups = Object.keys(APPLICATION_SUB_ROWS) as ApplicationGroup[];
  for (const candidate of groups) {
    const labels: SubRowLabels<ApplicationGroup> = APPLICATION_SUB_ROWS[candidate];
    const key = firstMatch(labels.anywhere, label);
    if (key) return { path: `${candidate}.${key}`, group: candidate };
  }
  return undefined;
}

function allSubRowLabels(group: ApplicationGroup): Labelled<string> {
  const labels: SubRowLabels<ApplicationGroup> = APPLICATION_SUB_ROWS[group];
  return [...labels.anywhere, ...labels.inGroup];
}

// ---- Table 4 -------------------------------------------------------------------------------

/**
 * What a heading or cell names: one group, or 行政诉讼 without saying which kind. A text that
 * names more than one (`行政复议 行政诉讼`), or 行政诉讼 alone, heads the wide layout.
 */
const CASE_GROUP_LABELS: Labelled<CaseGroup | 'litigation'> = [
  ['review', /行政复议/],
  ['litigationDirect', /未经复议/],
  ['litigationAfterReview', /复议后/],
  ['litigation', /行政诉讼(?!.*(?:未经复议|复议后))/],
];

export type CaseGroupNaming = { names: 'none' } | { names: 'one'; group: CaseGroup } | { names: 'several' };

export function caseGroupNaming(text: string): CaseGroupNaming {
  const named = CASE_GROUP_LABELS.filter(([, pattern]) => pattern.test(text)).map(([group]) => group);
  if (named.length === 0) return { names: 'none' };
  const [only] = named;
  return named.length === 1 && only !== 'litigation' ? { names: 'one', group: only } : { names: 'several' };
}

// ---- Platform and channel table ------------------------------------------------------------

export type CountPath = `channels.${ChannelKey}` | `responses.${ResponseKey}`;

/** Ordered: the leaders' sub-rows and 微博微信回应 before the words they contain. */
const COUNT_ROWS: Labelled<CountPath> = [
  ['responses.pressConferencesByLeaders', /主要负责同志.*新闻发布会/],
  ['responses.pressConferences', /新闻发布会/],
  ['responses.interviewsByLeaders', /主要负责同志.*在线访谈/],
  ['responses.interviews', /在线访谈/],
  ['responses.socialMediaResponses', /微博微信回应|回应事件/],
  ['responses.interpretations', /政策解读/],
  ['responses.hotTopics', /热点|舆情/],
  ['channels.totalActive', /主动公开政府信息数/],
  ['channels.gazette', /政府公报/],
  ['channels.website', /政府网站/],
  ['channels.weibo', /微博/],
  ['channels.wechat', /微信/],
  ['channels.other', /其他方式/],
];

export function countPath(label: string): CountPath | undefined {
  return firstMatch(COUNT_ROWS, label);
}

/** Exported for template detection, which scores both lists the same way. */
export function labelsMatching<K>(labels: Labelled<K>, text: string): K[] {
  return labels.filter(([, pattern]) => pattern.test(text)).map(([key]) => key);
}
