/**
 * The national templates' own wording: titles, row labels and column titles exactly as the
 * 2019 and 2021 templates print them. The one source for everything that writes the
 * template's words — the checks' messages (src/reading/template/cell-labels), the parser's messages and
 * the demo generator (src/generator/template-text) — so that a message names a cell with the
 * words printed above it. Recognising the many variants real reports write is another
 * concern: labels.ts matches them by keyword.
 */
import type {
  APPLICATION_SINGLE_ROWS,
  ApplicantColumn,
  ApplicationGroup,
  CaseColumn,
  CaseGroup,
  ChannelKey,
  DeniedKey,
  DisclosureColumnKey,
  DisclosureItemKey,
  NotProcessedKey,
  OtherHandlingKey,
  ResponseKey,
  TemplateVersion,
  UnavailableKey,
} from './report-data';

/** The 2019 template's words, and those the 2021 template changed. */
interface Reworded<K extends string> {
  '2019': Record<K, string>;
  '2021': Partial<Record<K, string>>;
}

function inTemplate<K extends string>(words: Reworded<K>, template: TemplateVersion): Record<K, string> {
  return { ...words['2019'], ...words[template] };
}

// ---- Report and section titles -------------------------------------------------------------

/** After the body and year: 丈亭镇人民政府2019年度政府信息公开工作年度报告. */
export const REPORT_TITLE_SUFFIX = '年度政府信息公开工作年度报告';

/** The report's parts in template order; 公开平台建设 is the older statistics table many append. */
export type SectionHeadingKey = 'overview' | 'activeDisclosure' | 'channels' | 'applications' | 'cases' | 'problems' | 'other';

/** What table 4 is about; its section heading puts 政府信息公开 in front. */
export const CASE_TABLE_TITLE = '行政复议、行政诉讼情况';

const SECTION_TITLES: Reworded<SectionHeadingKey> = {
  '2019': {
    overview: '总体情况',
    activeDisclosure: '主动公开政府信息情况',
    channels: '公开平台建设和信息发布情况',
    applications: '收到和处理政府信息公开申请情况',
    cases: `政府信息公开${CASE_TABLE_TITLE}`,
    problems: '政府信息公开工作存在的主要问题及改进情况',
    other: '其他需要报告的事项',
  },
  '2021': { problems: '存在的主要问题及改进情况' },
};

/** Section titles without their number: the number depends on which tables a report has. */
export function sectionTitles(template: TemplateVersion): Record<SectionHeadingKey, string> {
  return inTemplate(SECTION_TITLES, template);
}

// ---- Table 2 ---------------------------------------------------------------------------------

/** The 第二十条 item each table-2 row belongs to; the same in both templates. */
export const DISCLOSURE_ARTICLES: Record<DisclosureItemKey, string> = {
  regulations: '第二十条第（一）项',
  normativeDocuments: '第二十条第（一）项',
  licensing: '第二十条第（五）项',
  otherServices: '第二十条第（五）项',
  punishment: '第二十条第（六）项',
  coercion: '第二十条第（六）项',
  fees: '第二十条第（八）项',
  procurement: '第二十条第（九）项',
};

/** The header of each block's label column. */
export const DISCLOSURE_CONTENT_HEADER = '信息内容';

const DISCLOSURE_ITEM_TITLES: Reworded<DisclosureItemKey> = {
  '2019': {
    regulations: '规章',
    normativeDocuments: '规范性文件',
    licensing: '行政许可',
    otherServices: '其他对外管理服务事项',
    punishment: '行政处罚',
    coercion: '行政强制',
    fees: '行政事业性收费',
    procurement: '政府集中采购',
  },
  '2021': { normativeDocuments: '行政规范性文件' },
};

/** 2019's column set plus the 2021-only 本年废止件数 and 现行有效件数. */
const DISCLOSURE_COLUMN_TITLES: Reworded<DisclosureColumnKey> = {
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
    decisions: '本年处理决定数量',
    amount: '本年收费金额（单位：万元）',
  },
};

/** A row the report's template lacks (2021: 政府集中采购) keeps its 2019 title. */
export function disclosureItemTitle(item: DisclosureItemKey, template: TemplateVersion): string {
  return inTemplate(DISCLOSURE_ITEM_TITLES, template)[item];
}

export function disclosureColumnTitle(column: DisclosureColumnKey, template: TemplateVersion): string {
  return inTemplate(DISCLOSURE_COLUMN_TITLES, template)[column];
}

// ---- Table 3 ---------------------------------------------------------------------------------

/** The header over the applicant columns, and the note on its 勾稽关系 beside it. */
export const APPLICANT_HEADING = '申请人情况';
export const APPLICATION_IDENTITY_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
/** The header over the five kinds of 法人或其他组织 columns. */
export const LEGAL_PERSONS_HEADING = '法人或其他组织';

export const APPLICANT_COLUMN_TITLES: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

/** The merged cell over every outcome row, （一）予以公开 … （七）总计. */
export const OUTCOME_HEADING = '三、本年度办理结果';

export type ApplicationSingleRow = (typeof APPLICATION_SINGLE_ROWS)[number];

export interface SingleRowWording {
  /** The row's label, numbered: `（二）部分公开`. */
  label: string;
  /** What the template prints after the label, in smaller type. */
  note?: string;
  /** The name inside arithmetic messages: `部分公开`, `本年度办理结果总计`. */
  short: string;
}

export const APPLICATION_SINGLE_ROW_WORDING: Record<ApplicationSingleRow, SingleRowWording> = {
  newReceived: { label: '一、本年新收政府信息公开申请数量', short: '本年新收' },
  carriedOver: { label: '二、上年结转政府信息公开申请数量', short: '上年结转' },
  granted: { label: '（一）予以公开', short: '予以公开' },
  partiallyGranted: {
    label: '（二）部分公开',
    note: '（区分处理的，只计这一情形，不计其他情形）',
    short: '部分公开',
  },
  totalProcessed: { label: '（七）总计', short: '本年度办理结果总计' },
  carriedForward: { label: '四、结转下年度继续办理', short: '结转下年度' },
};

/** The row's label as the template prints it, note included. */
export function printedSingleRowLabel(row: ApplicationSingleRow): string {
  const { label, note } = APPLICATION_SINGLE_ROW_WORDING[row];
  return label + (note ?? '');
}

/** The （三）–（六） headings; 2019's （六）其他处理 is a row of its own, without sub-rows. */
export const APPLICATION_GROUP_TITLES: Record<ApplicationGroup, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

/** Sub-rows under a heading; otherHandling.total has no label of its own (the heading is it). */
export type ApplicationSubRowPath =
  | `denied.${DeniedKey}`
  | `unavailable.${UnavailableKey}`
  | `notProcessed.${NotProcessedKey}`
  | `otherHandling.${Exclude<OtherHandlingKey, 'total'>}`;

export const APPLICATION_SUB_ROW_TITLES: Record<ApplicationSubRowPath, string> = {
  'denied.stateSecret': '1.属于国家秘密',
  'denied.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'denied.securityStability': '3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息',
  'denied.processInformation': '6.属于四类过程性信息',
  'denied.enforcementFiles': '7.属于行政执法案卷',
  'denied.administrativeQuery': '8.属于行政查询事项',
  'unavailable.notHeld': '1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '1.信访举报投诉类申请',
  'notProcessed.repeated': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.massRepeated': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.overdueCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.overdueFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
};

/** The sub-row label of a grouped row path (`denied.stateSecret`), undefined for otherHandling.total. */
export function subRowTitle(path: string): string | undefined {
  return Object.hasOwn(APPLICATION_SUB_ROW_TITLES, path) ? APPLICATION_SUB_ROW_TITLES[path as ApplicationSubRowPath] : undefined;
}

// ---- Table 4 ---------------------------------------------------------------------------------

/** The header over both kinds of litigation. */
export const LITIGATION_HEADING = '行政诉讼';

/** 行政复议, and the two kinds printed under 行政诉讼. */
export const CASE_GROUP_TITLES: Record<CaseGroup, string> = {
  review: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};

export const CASE_COLUMN_TITLES: Record<CaseColumn, string> = {
  maintained: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ---- Platform and channel table --------------------------------------------------------------

export const COUNT_TABLE_HEADINGS = { indicator: '统　计　指　标', unit: '单位', count: '统计数' } as const;

export interface CountWording {
  /** What the template prints before the name: `（一）`, `1.`, `其中：`. */
  prefix: string;
  name: string;
  /** What the template prints after the name. */
  note?: string;
  unit: string;
}

export const CHANNEL_WORDING: Record<ChannelKey, CountWording> = {
  totalActive: {
    prefix: '（一）',
    name: '主动公开政府信息数',
    note: '（不同渠道和方式公开相同信息计1条）',
    unit: '条',
  },
  gazette: { prefix: '1.', name: '政府公报公开政府信息数', unit: '条' },
  website: { prefix: '2.', name: '政府网站公开政府信息数', unit: '条' },
  weibo: { prefix: '3.', name: '政务微博公开政府信息数', unit: '条' },
  wechat: { prefix: '4.', name: '政务微信公开政府信息数', unit: '条' },
  other: { prefix: '5.', name: '其他方式公开政府信息数', unit: '条' },
};

/** The heading row between 主动公开政府信息数 and the per-channel rows. */
export const CHANNEL_GROUP_HEADING = '（二）通过不同渠道和方式公开政府信息的情况';

export const RESPONSE_WORDING: Record<ResponseKey, CountWording> = {
  hotTopics: {
    prefix: '（三）',
    name: '回应公众关注热点或重大舆情数',
    note: '（不同方式回应同一热点或舆情计1次）',
    unit: '次',
  },
  pressConferences: { prefix: '1.', name: '参加或举办新闻发布会总次数', unit: '次' },
  pressConferencesByLeaders: { prefix: '其中：', name: '主要负责同志参加新闻发布会次数', unit: '次' },
  interviews: { prefix: '2.', name: '政府网站在线访谈次数', unit: '次' },
  interviewsByLeaders: { prefix: '其中：', name: '主要负责同志参加政府网站在线访谈次数', unit: '次' },
  interpretations: { prefix: '3.', name: '政策解读稿件发布数', unit: '篇' },
  socialMediaResponses: { prefix: '4.', name: '微博微信回应事件数', unit: '次' },
};

/** The heading row between 回应公众关注热点 and the per-channel response rows. */
export const RESPONSE_GROUP_HEADING = '（四）通过不同渠道和方式回应解读的情况';

/** A count row's label as the template prints it: `（一）主动公开政府信息数（不同渠道…计1条）`. */
export function printedCountLabel({ prefix, name, note }: CountWording): string {
  return prefix + name + (note ?? '');
}
