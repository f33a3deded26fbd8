/** Bounds on what one request may ask for; a request past one is refused before it runs. */
export interface LimitConfig {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Operations in one batched HTTP request (a JSON array). */
  maxBatch: number;
  /** A document's size once decoded (base64 is decoded first). */
  maxUploadBytes: number;
  /** Rows one page of a list (compare, auditLog) may hold. */
  maxPageSize: number;
  /** Cells (metrics × years × townships) one request with a token may read: comparisons, downloads, summaries. */
  maxCells: number;
  /** The same for a request without a token. */
  maxCellsAnonymous: number;
  /** MariaDB stops a statement of a query operation or a download after this long; 0: never. */
  statementTimeoutMs: number;
}

export const DEFAULT_LIMITS: LimitConfig = {
  maxDepth: 12,
  maxCost: 20000,
  maxAliases: 30,
  maxBatch: 10,
  maxUploadBytes: 20 * 1024 * 1024,
  maxPageSize: 1000,
  // A national one-metric ranking page with the year before (2 × 41,352) and a national grouped
  // comparison of a few metrics fit; 30 metrics × every year since 2008 for the country does not.
  maxCells: 1_000_000,
  // A province's dashboard over two years (四川省, 3,111 townships, × 8 metrics × 2 years) and
  // its years panel (1 metric × 20 years) fit.
  maxCellsAnonymous: 100_000,
  statementTimeoutMs: 10_000,
};
