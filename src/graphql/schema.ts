import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssessmentResolver } from '../../resolvers/assessment.resolver';
import { CompareResolver } from '../../resolvers/compare.resolver';
import { ComparisonResolver } from '../../resolvers/comparison.resolver';
import { ReportResolver } from '../../resolvers/report.resolver';
import { ReviewResolver } from '../../resolvers/review.resolver';
import { RubricResolver } from '../../resolvers/rubric.resolver';
import { TownshipResolver } from '../../resolvers/township.resolver';

export const RESOLVERS = [
  ReportResolver,
  TownshipResolver,
  ComparisonResolver,
  CompareResolver,
  AssessmentResolver,
  ReviewResolver,
  RubricResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The hub's schema, built once per process (type-graphql's metadata is global anyway). */
export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}
