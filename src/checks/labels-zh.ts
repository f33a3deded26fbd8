/**
 * The Chinese labels of the national template's tables, rows and columns, and phrases that
 * point at a cell (表三 收到和处理政府信息公开申请情况“（一）予以公开”行“自然人”列). Township
 * staff read issue messages against the printed template, so the words are the template's own.
 */
import {
  APPLICATION_GROUPS,
  APPLICATION_ROW_PATHS,
  APPLICATION_SINGLE_ROWS,
  type ApplicantColumn,
  type ApplicationGroup,
  type CaseColumn,
  type CaseGroup,
  type ChannelKey,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ResponseKey,
  type SectionKey,
  type TemplateVersion,
} from '../template/report-data';

/** A table-3 row by its path: `newReceived`, `denied.stateSecret`, `otherHandling.total` … */
export type ApplicationRowPath =
  | (typeof APPLICATION_SINGLE_ROWS)[number]
  | { [G in ApplicationGroup]: `${G}.${(typeof APPLICATION_GROUPS)[G][number]}` }[ApplicationGroup];

export const TABLE_LABELS = {
  activeDisclosure: '表二 主动公开政府信息情况',
  applications: '表三 收到和处理政府信息公开申请情况',
  caseOutcomes: '表四 行政复议、行政诉讼情况',
  channels: '公开平台建设和信息发布情况',
} as const;

// ---- Table 2 ---------------------------------------------------------------------------------

/** The 第二十条 item each table-2 row belongs to. */
export const DISCLOSURE_BLOCK_LABELS: Record<DisclosureItemKey, string> = {
  regulations: '第二十条第（一）项',
  normativeDocuments: '第二十条第（一）项',
  licensing: '第二十条第（五）项',
  otherServices: '第二十条第（五）项',
  punishment: '第二十条第（六）项',
  coercion: '第二十条第（六）项',
  fees: '第二十条第（八）项',
  procurement: '第二十条第（九）项',
};

/** Row and column wording of the 2019 template, plus the 2021-only columns. */
const DISCLOSURE_ITEM_LABELS: Record<DisclosureItemKey, string> = {
  regulations: '规章',
  normativeDocuments: '规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  punishment: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};
const DISCLOSURE_COLUMN_LABELS: Record<DisclosureColumnKey, string> = {
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
};
/** Where the 2021 template words a row or column differently from the 2019 one. */
const DISCLOSURE_LABELS_2021 = {
  items: { normativeDocuments: '行政规范性文件' } as Partial<Record<DisclosureItemKey, string>>,
  columns: {
    made: '本年制发件数',
    decisions: '本年处理决定数量',
    amount: '本年收费金额（单位：万元）',
  } as Partial<Record<DisclosureColumnKey, string>>,
};

export function disclosureItemLabel(item: DisclosureItemKey, template: TemplateVersion): string {
  const override = template === '2021' ? DISCLOSURE_LABELS_2021.items[item] : undefined;
  return override ?? DISCLOSURE_ITEM_LABELS[item];
}

export function disclosureColumnLabel(column: DisclosureColumnKey, template: TemplateVersion): string {
  const override = template === '2021' ? DISCLOSURE_LABELS_2021.columns[column] : undefined;
  return override ?? DISCLOSURE_COLUMN_LABELS[column];
}

// ---- Table 3 ---------------------------------------------------------------------------------

export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

/** Single rows: the template's label and the short name used inside arithmetic messages. */
export const APPLICATION_SINGLE_ROW_LABELS: Record<
  (typeof APPLICATION_SINGLE_ROWS)[number],
  { label: string; short: string }
> = {
  newReceived: { label: '一、本年新收政府信息公开申请数量', short: '本年新收' },
  carriedOver: { label: '二、上年结转政府信息公开申请数量', short: '上年结转' },
  granted: { label: '（一）予以公开', short: '予以公开' },
  partiallyGranted: { label: '（二）部分公开', short: '部分公开' },
  totalProcessed: { label: '（七）总计', short: '本年度办理结果总计' },
  carriedForward: { label: '四、结转下年度继续办理', short: '结转下年度' },
};

export const APPLICATION_GROUP_LABELS: Record<ApplicationGroup, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

const APPLICATION_SUB_ROW_LABELS: {
  [G in ApplicationGroup]: Record<(typeof APPLICATION_GROUPS)[G][number], string>;
} = {
  denied: {
    stateSecret: '1.属于国家秘密',
    prohibitedByLaw: '2.其他法律行政法规禁止公开',
    securityStability: '3.危及“三安全一稳定”',
    thirdPartyRights: '4.保护第三方合法权益',
    internalAffairs: '5.属于三类内部事务信息',
    processInformation: '6.属于四类过程性信息',
    enforcementFiles: '7.属于行政执法案卷',
    administrativeQuery: '8.属于行政查询事项',
  },
  unavailable: {
    notHeld: '1.本机关不掌握相关政府信息',
    needsCreation: '2.没有现成信息需要另行制作',
    unclear: '3.补正后申请内容仍不明确',
  },
  notProcessed: {
    complaint: '1.信访举报投诉类申请',
    repeated: '2.重复申请',
    publication: '3.要求提供公开出版物',
    massRepeated: '4.无正当理由大量反复申请',
    confirmation: '5.要求行政机关确认或重新出具已获取信息',
  },
  otherHandling: {
    overdueCorrection: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    overdueFee: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    other: '3.其他',
    // The 2019 template's single （六） row, or the 2021 sum of 1–3: the heading names both.
    total: '',
  },
};

function isSingleRow(row: ApplicationRowPath): row is (typeof APPLICATION_SINGLE_ROWS)[number] {
  return row in APPLICATION_SINGLE_ROW_LABELS;
}

/** The template's label of a table-3 row: `（三）不予公开 1.属于国家秘密`. */
export function applicationRowLabel(row: ApplicationRowPath): string {
  if (isSingleRow(row)) return APPLICATION_SINGLE_ROW_LABELS[row].label;
  const [group, key] = row.split('.') as [ApplicationGroup, string];
  const sub = (APPLICATION_SUB_ROW_LABELS[group] as Record<string, string>)[key];
  return sub ? `${APPLICATION_GROUP_LABELS[group]} ${sub}` : APPLICATION_GROUP_LABELS[group];
}

// ---- Table 4 ---------------------------------------------------------------------------------

export const CASE_GROUP_LABELS: Record<CaseGroup, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼—未经复议直接起诉',
  litigationAfterReview: '行政诉讼—复议后起诉',
};

export const CASE_COLUMN_LABELS: Record<CaseColumn, string> = {
  maintained: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ---- Platform and channel table, narrative sections ------------------------------------------

export const CHANNEL_LABELS: Record<ChannelKey, string> = {
  totalActive: '主动公开政府信息数',
  gazette: '政府公报公开政府信息数',
  website: '政府网站公开政府信息数',
  weibo: '政务微博公开政府信息数',
  wechat: '政务微信公开政府信息数',
  other: '其他方式公开政府信息数',
};

export const RESPONSE_LABELS: Record<ResponseKey, string> = {
  hotTopics: '回应公众关注热点或重大舆情数',
  pressConferences: '参加或举办新闻发布会总次数',
  pressConferencesByLeaders: '主要负责同志参加新闻发布会次数',
  interviews: '政府网站在线访谈次数',
  interviewsByLeaders: '主要负责同志参加政府网站在线访谈次数',
  interpretations: '政策解读稿件发布数',
  socialMediaResponses: '微博微信回应事件数',
};

export const SECTION_LABELS: Record<SectionKey, string> = {
  overview: '总体情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
};

// ---- Pointing at rows, columns and cells -----------------------------------------------------

/** `“自然人”列` */
export function columnRef(label: string): string {
  return `“${label}”列`;
}

/** `表二 主动公开政府信息情况 第二十条第（五）项“行政许可”行` */
export function disclosureRowRef(item: DisclosureItemKey, template: TemplateVersion): string {
  return `${TABLE_LABELS.activeDisclosure} ${DISCLOSURE_BLOCK_LABELS[item]}“${disclosureItemLabel(item, template)}”行`;
}

/** `表三 收到和处理政府信息公开申请情况“（一）予以公开”行` */
export function applicationRowRef(row: ApplicationRowPath): string {
  return `${TABLE_LABELS.applications}“${applicationRowLabel(row)}”行`;
}

/** `表三 收到和处理政府信息公开申请情况“自然人”列` */
export function applicationColumnRef(column: ApplicantColumn): string {
  return `${TABLE_LABELS.applications}${columnRef(APPLICANT_COLUMN_LABELS[column])}`;
}

/** `表四 行政复议、行政诉讼情况“行政复议”行` */
export function caseRowRef(group: CaseGroup): string {
  return `${TABLE_LABELS.caseOutcomes}“${CASE_GROUP_LABELS[group]}”行`;
}

/** Narrows a path segment to a key of a label table. */
function isKey<K extends string>(labels: Record<K, string>, key: string | undefined): key is K {
  return key !== undefined && Object.hasOwn(labels, key);
}

export function isApplicationRowPath(path: string): path is ApplicationRowPath {
  return APPLICATION_ROW_PATHS.includes(path);
}

/**
 * Any ReportData cell path in words, for messages about cells of any table
 * (`applications.denied.stateSecret.natural` → 表三 …“（三）不予公开 1.属于国家秘密”行“自然人”列).
 * A path the template does not know comes back as it is.
 */
export function describeCell(path: string, template: TemplateVersion): string {
  const [head, ...rest] = path.split('.');
  const column = rest[rest.length - 1];
  switch (head) {
    case 'activeDisclosure': {
      const [item] = rest;
      if (rest.length !== 2 || !isKey(DISCLOSURE_ITEM_LABELS, item) || !isKey(DISCLOSURE_COLUMN_LABELS, column)) {
        return path;
      }
      return `${disclosureRowRef(item, template)}${columnRef(disclosureColumnLabel(column, template))}`;
    }
    case 'applications': {
      const row = rest.slice(0, -1).join('.');
      if (!isApplicationRowPath(row) || !isKey(APPLICANT_COLUMN_LABELS, column)) return path;
      return `${applicationRowRef(row)}${columnRef(APPLICANT_COLUMN_LABELS[column])}`;
    }
    case 'review':
    case 'litigationDirect':
    case 'litigationAfterReview':
      if (rest.length !== 1 || !isKey(CASE_COLUMN_LABELS, column)) return path;
      return `${caseRowRef(head)}${columnRef(CASE_COLUMN_LABELS[column])}`;
    case 'channels':
      return rest.length === 1 && isKey(CHANNEL_LABELS, column) ? countRef(CHANNEL_LABELS[column]) : path;
    case 'responses':
      return rest.length === 1 && isKey(RESPONSE_LABELS, column) ? countRef(RESPONSE_LABELS[column]) : path;
    default:
      return path;
  }
}

/** `公开平台建设和信息发布情况“政府网站公开政府信息数”` */
function countRef(label: string): string {
  return `${TABLE_LABELS.channels}“${label}”`;
}
