import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ComparisonResolver } from '../../resolvers/comparison.resolver';
import { ReportResolver } from '../../resolvers/report.resolver';
import { TownshipResolver } from '../../resolvers/township.resolver';

export const RESOLVERS = [ReportResolver, TownshipResolver, ComparisonResolver] as const;

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
