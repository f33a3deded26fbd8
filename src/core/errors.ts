/**
 * Errors the hub reports to its users. Every one has a stable English code (a contract with
 * clients) and a Chinese message meant for township staff, which names the bad value and,
 * for reports, the table, row and column.
 */
export type HubErrorCode =
  | 'BAD_USER_INPUT'
  | 'EMPTY_DOCUMENT'
  | 'NOT_A_REPORT'
  | 'UNSUPPORTED_FORMAT'
  | 'BAD_ENCODING'
  | 'CORRUPT_DOCUMENT'
  | 'ENCRYPTED_DOCUMENT'
  | 'NO_TEXT_LAYER'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_TOO_COMPLEX'
  | 'UNKNOWN_TOWNSHIP'
  | 'UNKNOWN_REGION'
  | 'BAD_REGION_LIST'
  | 'UNKNOWN_METRIC'
  | 'YEAR_OUT_OF_RANGE'
  | 'ORGANIZATION_MISMATCH'
  | 'YEAR_MISMATCH'
  | 'UNKNOWN_ORGANIZATION'
  | 'AMBIGUOUS_ORGANIZATION'
  | 'NOT_A_TOWNSHIP'
  | 'UNKNOWN_YEAR'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'OUTCOME_UNKNOWN'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TIMEOUT'
  | 'QUERY_INTERRUPTED'
  | 'RATE_LIMITED'
  | 'TOO_MANY_OPERATIONS';

export class HubError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HubError';
  }
}
