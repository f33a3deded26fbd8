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
}

export const DEFAULT_LIMITS: LimitConfig = {
  maxDepth: 12,
  maxCost: 20000,
  maxAliases: 30,
  maxBatch: 10,
  maxUploadBytes: 20 * 1024 * 1024,
  maxPageSize: 1000,
};
