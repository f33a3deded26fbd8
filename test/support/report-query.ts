import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_SINGLE_ROWS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMN_KEYS,
  DISCLOSURE_ITEM_KEYS,
  RESPONSE_KEYS,
  SECTION_KEYS,
  type ReportData,
} from '../../src/reading/template/report-data';

/** Every field there: an answer has each field its operation selects, null where the report leaves it blank. */
type Answered<T> = T extends readonly (infer E)[]
  ? Answered<E>[]
  : T extends object
    ? { [K in keyof T]-?: Answered<NonNullable<T[K]>> | Extract<T[K], null> }
    : T;

export interface IssueAnswer {
  rule: string;
  severity: string;
  message: string;
  cells: string[];
}

export interface VersionAnswer {
  number: number;
  contentHash: string;
  format: string;
  byteLength: number;
  publishedOn: string | null;
  template: string;
  isDemo: boolean;
  isCurrent: boolean;
}

/** A Report as REPORT_FIELDS selects it. */
export type ReportAnswer = Answered<Omit<ReportData, 'countSources' | 'readings' | 'cellSources' | 'issues'>> & {
  township: { code: string; name: string };
  isDemo: boolean;
  countSources: { metric: string; source: string; evidence: string }[];
  issues: IssueAnswer[];
  versions: VersionAnswer[];
};

/** The answer of UPLOAD_REPORT. */
export interface UploadData {
  uploadReport: { status: string; issues: IssueAnswer[]; report: ReportAnswer };
}

/** The answer of PREVIEW_REPORT. */
export interface PreviewData {
  previewReport: {
    format: string;
    issues: IssueAnswer[];
    report: ReportAnswer;
    tables: { table: string; title: string; found: boolean; rows: { row: string; text: string }[] }[];
    derivedCells: string[];
  };
}

/** The answer of REPORT. */
export interface ReportQueryData {
  report: ReportAnswer | null;
}

const row = `{ ${APPLICANT_COLUMNS.join(' ')} }`;
const group = (keys: readonly string[]) => `{ ${keys.map((key) => `${key} ${row}`).join(' ')} }`;

/** Every field of the Report type, built from ReportData's key lists. */
export const REPORT_FIELDS = `
  township { code name }
  year template organization publishedOn isDemo
  activeDisclosure { ${DISCLOSURE_ITEM_KEYS.map((item) => `${item} { ${DISCLOSURE_COLUMN_KEYS.join(' ')} }`).join(' ')} }
  applications {
    ${APPLICATION_SINGLE_ROWS.map((key) => `${key} ${row}`).join(' ')}
    ${Object.entries(APPLICATION_GROUPS)
      .map(([name, keys]) => `${name} ${group(keys)}`)
      .join(' ')}
  }
  ${CASE_GROUPS.map((name) => `${name} { ${CASE_COLUMNS.join(' ')} }`).join(' ')}
  channels { ${CHANNEL_KEYS.join(' ')} }
  countSources { metric source evidence }
  responses { ${RESPONSE_KEYS.join(' ')} }
  sections { ${SECTION_KEYS.join(' ')} }
  narrativeCounts { metric value sentence }
  notApplicable
  issues { rule severity message cells }
  versions { number contentHash format byteLength publishedOn template isDemo isCurrent }
`;

export const UPLOAD_REPORT = `
  mutation Upload($input: UploadReportInput!) {
    uploadReport(input: $input) { status issues { rule severity message cells } report { ${REPORT_FIELDS} } }
  }`;

export const PREVIEW_REPORT = `
  mutation Preview($input: UploadReportInput!) {
    previewReport(input: $input) {
      format issues { rule severity message cells } report { ${REPORT_FIELDS} }
      tables { table title found rows { row text } } derivedCells
    }
  }`;

export const REPORT = `
  query Report($townshipCode: String!, $year: Int!) {
    report(townshipCode: $townshipCode, year: $year) { ${REPORT_FIELDS} }
  }`;
