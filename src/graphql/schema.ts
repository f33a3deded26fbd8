import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssessmentResolver } from '../../resolvers/assessment.resolver';
import { CompareResolver } from '../../resolvers/compare.resolver';
import { ComparisonResolver } from '../../resolvers/comparison.resolver';
import { RegionSummaryResolver } from '../../resolvers/region-summary.resolver';
import { ReportResolver } from '../../resolvers/report.resolver';
import { ReviewResolver } from '../../resolvers/review.resolver';
import { RubricResolver } from '../../resolvers/rubric.resolver';
import { TownshipResolver } from '../../resolvers/township.resolver';
import { AccessResolver } from '../../resolvers/access.resolver';
import { authChecker } from '../auth/auth-checker';

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
