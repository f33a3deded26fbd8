import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssessmentResolver } from './assessment.resolver';
import { CompareResolver } from './compare.resolver';
import { ComparisonResolver } from './comparison.resolver';
import { RegionSummaryResolver } from './region-summary.resolver';
import { ReportResolver } from './report.resolver';
import { ReviewResolver } from './review.resolver';
import { RubricResolver } from './rubric.resolver';
import { TownshipResolver } from './township.resolver';
import { AccessResolver } from './access.resolver';
import { MeResolver } from './me.resolver';
import { IssueResolver } from './issue.resolver';
import { ReportVersionResolver } from './report-version.resolver';
import { DeadlineResolver } from './deadline.resolver';
import { RectificationResolver } from './rectification.resolver';
import { RegionChangeResolver } from './region-change.resolver';
import { authChecker } from '../src/api/graphql/auth-checker';

export const RESOLVERS = [
  ReportResolver,
  TownshipResolver,
  ComparisonResolver,
  CompareResolver,
  RegionSummaryResolver,
  AssessmentResolver,
  ReviewResolver,
  RubricResolver,
  AccessResolver,
  MeResolver,
  IssueResolver,
  ReportVersionResolver,
  DeadlineResolver,
  RectificationResolver,
  RegionChangeResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The hub's schema, built once per process (type-graphql's metadata is global anyway). */
export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    authChecker,
    authMode: 'error',
    emitSchemaFile: false,
  });
  return built;
}
