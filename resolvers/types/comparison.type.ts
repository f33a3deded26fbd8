import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import type { ComparisonRow, ComparisonTotal, RegionSummary } from '../../src/answers/analytics/compare/spec';

// The types here hold plain properties (no field is @Authorized): graphql's default resolver
// reads them (simpleResolvers), without type-graphql's wrapper per field of every row.
@ObjectType('MetricValue', { description: 'A metric of a row; null is a blank cell or a missing report, never 0', simpleResolvers: true })
export class MetricValueType {
  @Field()
  metric!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same region’s value for the year before' })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'value − previous' })
  delta!: number | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The townships whose year-before values `previous` sums, when not the row’s own alone (a township merged from others); null otherwise',
  })
  previousCodes!: string[] | null;
}

@ObjectType('ComparisonRow', { description: 'A township, or a group of townships, in one year', simpleResolvers: true })
export class ComparisonRowType {
  @Field(() => Region)
  region!: RegionSummary;

  @Field(() => Int)
  year!: number;

  @Field(() => [MetricValueType], { description: 'In the order of the metrics asked' })
  values!: MetricValueType[];

  @Field(() => Int, { description: 'By the orderBy metric’s value within the year, after the filters; ties share a rank; null ranks last' })
  rank!: number;

  @Field(() => Int, { description: 'Townships of the row with a report for the year' })
  reportCount!: number;

  @Field(() => Int, { description: 'Townships of the row without one' })
  missingCount!: number;
}

@ObjectType('ComparisonTotal', {
  description: 'A year of the whole selection (every page): counts summed, ratios from the summed parts',
  simpleResolvers: true,
})
export class ComparisonTotalType {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Rows of the selection in the year' })
  regionCount!: number;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int)
  missingCount!: number;

  @Field(() => [MetricValueType])
  values!: MetricValueType[];
}

@ObjectType('Comparison', { simpleResolvers: true })
export class ComparisonType {
  @Field(() => [ComparisonRowType], { description: 'This page, by year, then rank, then region code' })
  rows!: ComparisonRow[];

  @Field(() => Int, { description: 'Rows matching, across every page' })
  totalCount!: number;

  @Field(() => [ComparisonTotalType], { description: 'One per year asked, over every row of the selection' })
  totals!: ComparisonTotal[];
}
