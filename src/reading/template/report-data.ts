/**
 * ReportData: the one shape every input form becomes, that is stored and that the API returns
 * (docs/domain.md, "The normalized report"). Keys are the specification's; a blank cell is null;
 * an absent table or block is absent (undefined), never zeros.
 */
import type { CellSource } from './cell-source';

/** A number the report states, or null where it leaves the cell blank or writes ——. */
export type Cell = number | null;

export type TemplateVersion = '2019' | '2021';
export const TEMPLATE_VERSIONS: readonly TemplateVersion[] = ['2019', '2021'];

// ---- Table 2: active disclosure (第二十条) --------------------------------------------------

/** Columns of each table-2 item, per template. Order is the template's column order. */
export const DISCLOSURE_COLUMNS = {
  '2019': {
    regulations: ['made', 'published', 'total'],
    normativeDocuments: ['made', 'published', 'total'],
    licensing: ['previous', 'change', 'decisions'],
    otherServices: ['previous', 'change', 'decisions'],
    punishment: ['previous', 'change', 'decisions'],
    coercion: ['previous', 'change', 'decisions'],
    fees: ['previous', 'change'],
    procurement: ['count', 'amount'],
  },
  '2021': {
    regulations: ['made', 'repealed', 'valid'],
    normativeDocuments: ['made', 'repealed', 'valid'],
    licensing: ['decisions'],
    punishment: ['decisions'],
    coercion: ['decisions'],
    fees: ['amount'],
  },
} as const satisfies Record<TemplateVersion, Record<string, readonly string[]>>;

export type DisclosureItemKey = keyof (typeof DISCLOSURE_COLUMNS)['2019'] | keyof (typeof DISCLOSURE_COLUMNS)['2021'];
export const DISCLOSURE_ITEM_KEYS: readonly DisclosureItemKey[] = [
  'regulations',
  'normativeDocuments',
  'licensing',
  'otherServices',
  'punishment',
  'coercion',
  'fees',
  'procurement',
];

export type DisclosureColumnKey =
  'made' | 'published' | 'total' | 'repealed' | 'valid' | 'previous' | 'change' | 'decisions' | 'count' | 'amount';
export const DISCLOSURE_COLUMN_KEYS: readonly DisclosureColumnKey[] = [
  'made',
  'published',
  'total',
  'repealed',
  'valid',
  'previous',
  'change',
  'decisions',
  'count',
  'amount',
];

/** One table-2 row: only the columns its template gives are present. */
export type DisclosureItem = Partial<Record<DisclosureColumnKey, Cell>>;
export type ActiveDisclosure = Partial<Record<DisclosureItemKey, DisclosureItem>>;

// ---- Table 3: applications ------------------------------------------------------------------

export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS: readonly ApplicantColumn[] = APPLICANT_COLUMNS.slice(0, 6);

/** A table-3 row: every one of the seven columns, null where blank. */
export type ApplicantRow = Record<ApplicantColumn, Cell>;

export const DENIED_KEYS = [
  'stateSecret',
  'prohibitedByLaw',
  'securityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFiles',
  'administrativeQuery',
] as const;
export const UNAVAILABLE_KEYS = ['notHeld', 'needsCreation', 'unclear'] as const;
export const NOT_PROCESSED_KEYS = ['complaint', 'repeated', 'publication', 'massRepeated', 'confirmation'] as const;
/** 2021 sub-rows of （六）其他处理; `total` is the 2019 single row or the 2021 sum. */
export const OTHER_HANDLING_KEYS = ['overdueCorrection', 'overdueFee', 'other', 'total'] as const;

export type DeniedKey = (typeof DENIED_KEYS)[number];
export type UnavailableKey = (typeof UNAVAILABLE_KEYS)[number];
export type NotProcessedKey = (typeof NOT_PROCESSED_KEYS)[number];
export type OtherHandlingKey = (typeof OTHER_HANDLING_KEYS)[number];

export interface Applications {
  newReceived?: ApplicantRow;
  carriedOver?: ApplicantRow;
  granted?: ApplicantRow;
  partiallyGranted?: ApplicantRow;
  denied?: Partial<Record<DeniedKey, ApplicantRow>>;
  unavailable?: Partial<Record<UnavailableKey, ApplicantRow>>;
  notProcessed?: Partial<Record<NotProcessedKey, ApplicantRow>>;
  otherHandling?: Partial<Record<OtherHandlingKey, ApplicantRow>>;
  totalProcessed?: ApplicantRow;
  carriedForward?: ApplicantRow;
}

/** Top-level single rows of table 3, in template order. */
export const APPLICATION_SINGLE_ROWS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partiallyGranted',
  'totalProcessed',
  'carriedForward',
] as const;
/** Grouped rows of table 3 and their sub-row keys, in template order. */
export const APPLICATION_GROUPS = {
  denied: DENIED_KEYS,
  unavailable: UNAVAILABLE_KEYS,
  notProcessed: NOT_PROCESSED_KEYS,
  otherHandling: OTHER_HANDLING_KEYS,
} as const;
export type ApplicationGroup = keyof typeof APPLICATION_GROUPS;

/**
 * Every table-3 row path in template order: `newReceived`, `denied.stateSecret`, …
 * The path is the row's identity in storage, metrics and issue cells.
 */
export const APPLICATION_ROW_PATHS: readonly string[] = [
  'newReceived',
  'carriedOver',
  'granted',
  'partiallyGranted',
  ...DENIED_KEYS.map((k) => `denied.${k}`),
  ...UNAVAILABLE_KEYS.map((k) => `unavailable.${k}`),
  ...NOT_PROCESSED_KEYS.map((k) => `notProcessed.${k}`),
  ...OTHER_HANDLING_KEYS.map((k) => `otherHandling.${k}`),
  'totalProcessed',
  'carriedForward',
];

// ---- Table 4: review and litigation ---------------------------------------------------------

export const CASE_COLUMNS = ['maintained', 'corrected', 'other', 'pending', 'total'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export type CaseOutcome = Record<CaseColumn, Cell>;
export const CASE_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type CaseGroup = (typeof CASE_GROUPS)[number];

// ---- Platform and channel table --------------------------------------------------------------

export const CHANNEL_KEYS = ['totalActive', 'gazette', 'website', 'weibo', 'wechat', 'other'] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];
export const RESPONSE_KEYS = [
  'hotTopics',
  'pressConferences',
  'pressConferencesByLeaders',
  'interviews',
  'interviewsByLeaders',
  'interpretations',
  'socialMediaResponses',
] as const;
export type ResponseKey = (typeof RESPONSE_KEYS)[number];

/** Where a channel or response count was read. */
export const COUNT_SOURCES = ['table', 'narrative'] as const;
export type CountSource = (typeof COUNT_SOURCES)[number];
export interface CountEvidence {
  source: CountSource;
  /** The table label or the sentence the count was read from. */
  text: string;
}

// ---- Narrative -------------------------------------------------------------------------------

/** A count stated in the prose (通过政府网站公开政府信息130条), kept with its sentence. */
export interface NarrativeCount {
  /** The ReportData path it speaks of: `channels.website`, `applications.newReceived.total`, … */
  key: string;
  value: number;
  sentence: string;
}

export const SECTION_KEYS = ['overview', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

// ---- Issues ----------------------------------------------------------------------------------

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export interface ReportIssue {
  /** Stable rule id, e.g. `applications.identity`. */
  rule: string;
  severity: Severity;
  /** Chinese, names table, row and column. */
  message: string;
  /** ReportData paths of the cells involved, e.g. `applications.newReceived.total`. */
  cells: string[];
}

// ---- How the tables were read ----------------------------------------------------------------

/** A document row the parser placed: the table, the ReportData row it became, the row as written. */
export interface RowReading {
  /** disclosure, applications, cases or platform. */
  table: string;
  /** The ReportData row path: `applications.denied.stateSecret`, `channels.website`, … */
  path: string;
  /** The document's row as written, cells joined by ` | `. */
  text: string;
}

// ---- The report -----------------------------------------------------------------------------

/** The parts of a report whose numbers are cells of its tables: tables 2–4 and the platform table's counts. */
export const CELL_PARTS = [
  'activeDisclosure',
  'applications',
  'review',
  'litigationDirect',
  'litigationAfterReview',
  'channels',
  'responses',
] as const satisfies readonly (keyof ReportData)[];

export interface ReportData {
  organization: string | null;
  year: number | null;
  template: TemplateVersion;
  /** YYYY-MM-DD, from the date at the end of the report (or the upload's). */
  publishedOn: string | null;
  activeDisclosure?: ActiveDisclosure;
  applications?: Applications;
  review?: CaseOutcome;
  litigationDirect?: CaseOutcome;
  litigationAfterReview?: CaseOutcome;
  channels?: Partial<Record<ChannelKey, Cell>>;
  responses?: Partial<Record<ResponseKey, Cell>>;
  /** Where each channel/response count came from, keyed `channels.website`, `responses.hotTopics`. */
  countSources?: Record<string, CountEvidence>;
  sections?: Partial<Record<SectionKey, string>>;
  /** Counts read from the narrative, whether or not a table states them too. */
  narrativeCounts?: NarrativeCount[];
  /**
   * Paths of cells the report marks not applicable (——). Their value is null like a blank
   * cell's, but they are not blank: `cells.blank` passes over them.
   */
  notApplicable?: string[];
  /** How the parser placed the document's rows (what a preview shows; not stored). */
  readings?: RowReading[];
  /** Where each cell the reader filled was read: form, page, row, column, offsets and text. */
  cellSources?: CellSource[];
  issues: ReportIssue[];
}

/** An all-null applicant row. */
export function blankApplicantRow(): ApplicantRow {
  return { natural: null, commercial: null, research: null, publicInterest: null, legal: null, other: null, total: null };
}

/** An all-null case outcome row. */
export function blankCaseOutcome(): CaseOutcome {
  return { maintained: null, corrected: null, other: null, pending: null, total: null };
}

const splitRowPath = (path: string): readonly [string, string | undefined] => {
  const [head, sub] = path.split('.');
  return [head, sub];
};

/** The template's row paths split once: the rules look a document's rows up by path some thousand times. */
const ROW_PATH_PARTS = new Map(APPLICATION_ROW_PATHS.map((path) => [path, splitRowPath(path)]));

/** Reads a table-3 row by its path (`denied.stateSecret`), or undefined when absent. */
export function applicationRow(apps: Applications | undefined, path: string): ApplicantRow | undefined {
  if (!apps) return undefined;
  const [head, sub] = ROW_PATH_PARTS.get(path) ?? splitRowPath(path);
  const value = (apps as Record<string, unknown>)[head];
  if (!value) return undefined;
  return (sub ? (value as Record<string, ApplicantRow | undefined>)[sub] : value) as ApplicantRow | undefined;
}

/** Writes a table-3 row by its path, creating the group object when needed. */
export function setApplicationRow(apps: Applications, path: string, row: ApplicantRow): void {
  const [head, sub] = path.split('.');
  const target = apps as Record<string, unknown>;
  if (!sub) {
    target[head] = row;
    return;
  }
  const group = (target[head] ??= {}) as Record<string, ApplicantRow>;
  group[sub] = row;
}
