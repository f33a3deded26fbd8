/**
 * What a rule kind is: its parameters' schema, and a scorer that turns one criterion of a
 * rubric (its parameters and maximum) into points and evidence for each township.
 */
import type { ParameterSchema } from './parameters';
import type { RuleKind } from './rule-kind';
import type { AssessmentSubject, ReportedSubject, ReviewedIssue } from './subject';

/** One reason for the points, in Chinese; `issue` when an issue of the report is the reason. */
export interface Evidence {
  text: string;
  issue?: ReviewedIssue;
}

export interface Score {
  points: number;
  evidence: Evidence[];
}

/** Everything a scorer may look at beyond the township it scores: the region's other townships. */
export interface RegionContext {
  year: number;
  subjects: readonly AssessmentSubject[];
}

export type Scorer = (subject: ReportedSubject) => Score;

export interface RuleDefinition<P> {
  kind: RuleKind;
  /** Chinese: how the points are computed. */
  description: string;
  parameters: ParameterSchema<P>;
  /**
   * The ReportData paths of the cells the scorer reads (a part's path for all of its cells),
   * when it reads any: the assessment loads only those and the cells the issues name. Its
   * date, template, narrative and issues are always there.
   */
  cellPaths?(parameters: P): string[];
  /** Prepares the criterion once per assessment (region-wide figures), then scores each township. */
  scorer(parameters: P, maxPoints: number, region: RegionContext): Scorer;
}
