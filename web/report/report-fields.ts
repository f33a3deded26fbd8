/**
 * The Report fields the report view shows, for report, previewReport and uploadReport alike;
 * and the shapes they come back in.
 */
const APPLICANT = 'natural commercial research publicInterest legal other total';
const OUTCOME = 'maintained corrected other pending total';
const ITEM = 'made published total repealed valid previous change decisions count amount';

export const ISSUE_FIELDS = 'rule severity message cells fingerprint';
/** Review decisions are the evaluators' (a token with EVALUATOR or ANALYST reads them), so they are asked for apart. */
export const REVIEWED_ISSUE_FIELDS = `${ISSUE_FIELDS} review { status comment reviewer }`;

export const REPORT_FIELDS = `
  township { code name } year template organization publishedOn isDemo
  activeDisclosure {
    regulations { ${ITEM} } normativeDocuments { ${ITEM} } licensing { ${ITEM} } otherServices { ${ITEM} }
    punishment { ${ITEM} } coercion { ${ITEM} } fees { ${ITEM} } procurement { ${ITEM} }
  }
  applications {
    newReceived { ${APPLICANT} } carriedOver { ${APPLICANT} } granted { ${APPLICANT} }
    partiallyGranted { ${APPLICANT} } totalProcessed { ${APPLICANT} } carriedForward { ${APPLICANT} }
    denied {
      stateSecret { ${APPLICANT} } prohibitedByLaw { ${APPLICANT} } securityStability { ${APPLICANT} }
      thirdPartyRights { ${APPLICANT} } internalAffairs { ${APPLICANT} } processInformation { ${APPLICANT} }
      enforcementFiles { ${APPLICANT} } administrativeQuery { ${APPLICANT} }
    }
    unavailable { notHeld { ${APPLICANT} } needsCreation { ${APPLICANT} } unclear { ${APPLICANT} } }
    notProcessed {
      complaint { ${APPLICANT} } repeated { ${APPLICANT} } publication { ${APPLICANT} }
      massRepeated { ${APPLICANT} } confirmation { ${APPLICANT} }
    }
    otherHandling { overdueCorrection { ${APPLICANT} } overdueFee { ${APPLICANT} } other { ${APPLICANT} } total { ${APPLICANT} } }
  }
  review { ${OUTCOME} } litigationDirect { ${OUTCOME} } litigationAfterReview { ${OUTCOME} }
  channels { totalActive gazette website weibo wechat other }
  sections { overview problems other }
  issues { ${ISSUE_FIELDS} }
  cellSources { cell form page rowLabel column start end text derivedBy }
  versions { number format byteLength publishedOn uploadedAt isCurrent origin parserVersion }
`;

export type Cell = number | null;
/** Any table of the report as nested objects down to its cells (`applications.denied.stateSecret.natural`). */
export type CellTree = { [key: string]: CellTree | Cell | undefined } | null;

export interface IssueView {
  rule: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  message: string;
  cells: string[];
  fingerprint: string;
  /** Undefined where the reviews were not read (no evaluator's token). */
  review?: { status: 'CONFIRMED' | 'DISMISSED'; comment: string; reviewer: string } | null;
}

/** Where a cell was read (the API's CellSource). */
export interface CellSourceView {
  cell: string;
  form: string;
  page: number | null;
  rowLabel: string;
  column: string;
  start: number;
  end: number;
  text: string;
  derivedBy: string | null;
}

export interface ReportView {
  township: { code: string; name: string };
  year: number;
  template: '2019' | '2021';
  organization: string | null;
  publishedOn: string | null;
  isDemo: boolean;
  activeDisclosure: CellTree;
  applications: CellTree;
  review: CellTree;
  litigationDirect: CellTree;
  litigationAfterReview: CellTree;
  channels: CellTree;
  sections: { overview: string | null; problems: string | null; other: string | null } | null;
  issues: IssueView[];
  cellSources: CellSourceView[];
  versions: {
    number: number;
    format: string;
    byteLength: number;
    publishedOn: string | null;
    uploadedAt: string;
    isCurrent: boolean;
    origin: 'UPLOAD' | 'REPARSE';
    parserVersion: number;
  }[];
}

/** The cell a ReportData path names, undefined where the report has no such table or row. */
export function cellAt(report: ReportView, path: string): Cell | undefined {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
