import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { planComparison } from '../src/analytics/compare/plan';
import { comparisonRows, comparisonTotals } from '../src/analytics/compare/run-comparison';
import type { ComparisonTotal } from '../src/analytics/compare/spec';
import { formulaOf, isSummable } from '../src/analytics/metrics/metric';
import { METRICS } from '../src/analytics/metrics/registry';
import { HubContext } from '../src/graphql/context';
import { CompareInput } from './types/compare.input';
import { ComparisonTotalType, ComparisonType } from './types/comparison.type';
import { MetricDefinitionType } from './types/metric-definition.type';

@Resolver(() => ComparisonType)
export class CompareResolver {
  @Query(() => [MetricDefinitionType], { description: 'Every metric `compare` answers for: each cell of the report, then the derived ones' })
  metrics(): MetricDefinitionType[] {
    return METRICS.map((metric) => ({
      key: metric.key,
      label: metric.label,
      unit: metric.unit,
      description: metric.description,
      templates: [...metric.templates],
      summable: isSummable(metric),
      formula: formulaOf(metric),
    }));
  }

  @Query(() => ComparisonType, {
    description: 'Any metrics for any townships and years: filtered, grouped up the region tree, ranked, paged; a fixed number of SQL statements',
  })
  async compare(@Arg('input') input: CompareInput, @Ctx() { dataSource, limits }: HubContext): Promise<ComparisonType> {
    const plan = await planComparison(dataSource.manager, { ...input, maxPageSize: limits.maxPageSize });
    return { ...(await comparisonRows(dataSource.manager, plan)), plan };
  }

  @FieldResolver(() => [ComparisonTotalType], { description: 'One per year asked, over every row of the selection' })
  totals(@Root() comparison: ComparisonType, @Ctx() { dataSource }: HubContext): Promise<ComparisonTotal[]> {
    // Only when asked for: one more statement.
    return comparisonTotals(dataSource.manager, comparison.plan);
  }
}
