import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { runComparison } from '../src/answers/analytics/compare/run-comparison';
import { formulaOf, isSummable } from '../src/answers/analytics/metrics/metric';
import { searchMetrics } from '../src/answers/analytics/metrics/metric-search';
import { METRICS } from '../src/answers/analytics/metrics/registry';
import { asksForField } from '../src/api/graphql/asks-for-field';
import { HubContext } from '../src/api/graphql/context';
import { CompareInput } from './types/compare.input';
import { ComparisonType } from './types/comparison.type';
import { MetricDefinitionType } from './types/metric-definition.type';

const YEAR_BEFORE_FIELDS = new Set(['previous', 'delta', 'previousCodes']);
const TOTALS_FIELD = new Set(['totals']);

@Resolver(() => ComparisonType)
export class CompareResolver {
  @Query(() => [MetricDefinitionType], {
    description: 'Every metric `compare` answers for: each cell of the report, then the derived ones',
  })
  metrics(
    @Arg('search', () => String, {
      nullable: true,
      description: 'Only the metrics whose key, Chinese label or description holds every word of this (spaces separate words): 政务微信',
    })
    search?: string | null,
  ): MetricDefinitionType[] {
    return (search ? searchMetrics(METRICS, search) : METRICS).map((metric) => ({
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
    description:
      'Any metrics for any townships and years: filtered, grouped up the region tree, ranked, paged; a fixed number of SQL statements',
  })
  async compare(
    // CompareInput declares no class-validator rule (compare/validate.ts checks it, with the
    // hub's own errors): validating it would find nothing, at a cost on every dashboard request.
    @Arg('input', { validate: false }) input: CompareInput,
    @Ctx() { dataSource, limits, cells }: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ComparisonType> {
    // Only what is asked: the year before is one more year of reports to read, totals more columns.
    const previous = asksForField(info, YEAR_BEFORE_FIELDS);
    const totals = asksForField(info, TOTALS_FIELD);
    const result = await runComparison(dataSource.manager, { ...input, maxPageSize: limits.maxPageSize, previous, totals, cells });
    // Totals are computed whenever they are asked for, so a resolved `totals` field always has them.
    return { ...result, totals: result.totals ?? [] };
  }
}
