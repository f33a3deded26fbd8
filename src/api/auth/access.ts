import { Role } from './roles';

/**
 * The roles each kind of operation is granted to, besides ADMIN (granted everything).
 * Operations with none of these are public: report data and comparisons are public documents.
 */
export const ACCESS = {
  upload: [Role.UPLOADER],
  /** Scores, issue reviews and rubrics. */
  readAssessment: [Role.EVALUATOR, Role.ANALYST],
  editAssessment: [Role.EVALUATOR],
  /** Rectification notices: evaluators and analysts see all, an UPLOADER its townships' only (township-scope.ts). */
  readNotices: [Role.EVALUATOR, Role.ANALYST, Role.UPLOADER],
  /** Tokens and the audit log. */
  administer: [Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;
