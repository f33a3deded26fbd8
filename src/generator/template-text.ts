/**
 * The national template's headings and labels as the generator writes them. Kept apart from
 * the parser's label matching (src/template/) on purpose: the parser must accept the messy
 * variants of real reports, the generator writes one clean form, and a round trip between
 * the two independent spellings is what tests the parser.
 */
import type {
  ApplicationGroup,
  ChannelKey,
  DeniedKey,
  DisclosureColumnKey,
  DisclosureItemKey,
  NotProcessedKey,
  OtherHandlingKey,
  ResponseKey,
  TemplateVersion,
  UnavailableKey,
} from '../template/report-data';

export type SectionHeadingKey =
  | 'overview'
  | 'activeDisclosure'
  | 'channels'
  | 'applications'
  | 'cases'
  | 'problems'
  | 'other';

/** Section titles without their number: the number depends on which tables a report has. */
export const SECTION_TITLES: Record<TemplateVersion, Record<SectionHeadingKey, string>> = {
  '2019': {
    overview: '总体情况',
    activeDisclosure: '主动公开政府信息情况',
    channels: '公开平台建设和信息发布情况',
    applications: '收到和处理政府信息公开申请情况',
    cases: '政府信息公开行政复议、行政诉讼情况',
    problems: '政府信息公开工作存在的主要问题及改进情况',
    other: '其他需要报告的事项',
  },
  '2021': {
    overview: '总体情况',
    activeDisclosure: '主动公开政府信息情况',
    channels: '公开平台建设和信息发布情况',
    applications: '收到和处理政府信息公开申请情况',
    cases: '政府信息公开行政复议、行政诉讼情况',
    problems: '存在的主要问题及改进情况',
    other: '其他需要报告的事项',
  },
};

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

export const REPORT_TITLE_SUFFIX = '年度政府信息公开工作年度报告';

/** Written where the report leaves a cell not applicable. */
export const NOT_APPLICABLE_MARK = '——';

// ---- Table 2 ---------------------------------------------------------------------------------

export interface DisclosureBlock {
  article: string;
  items: readonly DisclosureItemKey[];
}

export const DISCLOSURE_BLOCKS: Record<TemplateVersion, readonly DisclosureBlock[]> = {
  '2019': [
    { article: '第二十条第（一）项', items: ['regulations', 'normativeDocuments'] },
    { article: '第二十条第（五）项', items: ['licensing', 'otherServices'] },
    { article: '第二十条第（六）项', items: ['punishment', 'coercion'] },
    { article: '第二十条第（八）项', items: ['fees'] },
    { article: '第二十条第（九）项', items: ['procurement'] },
  ],
  '2021': [
    { article: '第二十条第（一）项', items: ['regulations', 'normativeDocuments'] },
    { article: '第二十条第（五）项', items: ['licensing'] },
    { article: '第二十条第（六）项', items: ['punishment', 'coercion'] },
    { article: '第二十条第（八）项', items: ['fees'] },
  ],
};

export const DISCLOSURE_CONTENT_HEADER = '信息内容';

export const DISCLOSURE_ITEM_LABELS: Record<TemplateVersion, Partial<Record<DisclosureItemKey, string>>> = {
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
  '2021': {
    regulations: '规章',
    normativeDocuments: '行政规范性文件',
    licensing: '行政许可',
    punishment: '行政处罚',
    coercion: '行政强制',
    fees: '行政事业性收费',
  },
};

export const DISCLOSURE_COLUMN_LABELS: Record<TemplateVersion, Partial<Record<DisclosureColumnKey, string>>> = {
  '2019': {
    made: '本年新制作数量',
    published: '本年新公开数量',
    total: '对外公开总数量',
    previous: '上一年项目数量',
    change: '本年增/减',
    decisions: '处理决定数量',
    count: '采购项目数量',
    amount: '采购总金额',
  },
  '2021': {
    made: '本年制发件数',
    repealed: '本年废止件数',
    valid: '现行有效件数',
    decisions: '本年处理决定数量',
    amount: '本年收费金额（单位：万元）',
  },
};

// ---- Platform and channel table ----------------------------------------------------------------

export const CHANNEL_TABLE_HEADER = ['统　计　指　标', '单位', '统计数'] as const;

export interface CountLabel {
  label: string;
  unit: string;
}

export const CHANNEL_LABELS: Record<ChannelKey, CountLabel> = {
  totalActive: { label: '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', unit: '条' },
  gazette: { label: '1.政府公报公开政府信息数', unit: '条' },
  website: { label: '2.政府网站公开政府信息数', unit: '条' },
  weibo: { label: '3.政务微博公开政府信息数', unit: '条' },
  wechat: { label: '4.政务微信公开政府信息数', unit: '条' },
  other: { label: '5.其他方式公开政府信息数', unit: '条' },
};

/** The heading row between 主动公开政府信息数 and the per-channel rows. */
export const CHANNEL_GROUP_LABEL = '（二）通过不同渠道和方式公开政府信息的情况';

export const RESPONSE_LABELS: Record<ResponseKey, CountLabel> = {
  hotTopics: { label: '（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', unit: '次' },
  pressConferences: { label: '1.参加或举办新闻发布会总次数', unit: '次' },
  pressConferencesByLeaders: { label: '其中：主要负责同志参加新闻发布会次数', unit: '次' },
  interviews: { label: '2.政府网站在线访谈次数', unit: '次' },
  interviewsByLeaders: { label: '其中：主要负责同志参加政府网站在线访谈次数', unit: '次' },
  interpretations: { label: '3.政策解读稿件发布数', unit: '篇' },
  socialMediaResponses: { label: '4.微博微信回应事件数', unit: '次' },
};

/** The heading row between 回应公众关注热点 and the per-channel response rows. */
export const RESPONSE_GROUP_LABEL = '（四）通过不同渠道和方式回应解读的情况';

// ---- Table 3 ---------------------------------------------------------------------------------

export const APPLICATION_HEADER_ROWS: readonly (readonly string[])[] = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
  ['', '自然人', '法人或其他组织', '总计'],
  ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
];

/** The merged cell that spans every outcome row (（一）予以公开 … （七）总计). */
export const OUTCOME_SPAN_LABEL = '三、本年度办理结果';

export const APPLICATION_ROW_LABELS = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  totalProcessed: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

export const APPLICATION_GROUP_LABELS: Record<ApplicationGroup, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

export type ApplicationSubRowPath =
  | `denied.${DeniedKey}`
  | `unavailable.${UnavailableKey}`
  | `notProcessed.${NotProcessedKey}`
  | `otherHandling.${Exclude<OtherHandlingKey, 'total'>}`;

/** Sub-row labels; otherHandling.total has none (2019 writes it as the group row itself). */
export const APPLICATION_SUBROW_LABELS: Record<ApplicationSubRowPath, string> = {
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

// ---- Table 4 ---------------------------------------------------------------------------------

const CASE_COLUMN_TEXT = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

export const CASE_HEADER_ROWS: readonly (readonly string[])[] = [
  ['行政复议', '行政诉讼'],
  [...CASE_COLUMN_TEXT, '未经复议直接起诉', '复议后起诉'],
  [...CASE_COLUMN_TEXT.map(() => ''), ...CASE_COLUMN_TEXT, ...CASE_COLUMN_TEXT],
];
