import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { RegionLevel } from '../../entities';
import { COMPARE_LIMITS } from '../../src/answers/analytics/compare/spec';

export enum CompareOp {
  EQ = 'EQ',
  NE = 'NE',
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  IS_NULL = 'IS_NULL',
  NOT_NULL = 'NOT_NULL',
}
registerEnumType(CompareOp, {
  name: 'CompareOp',
  description: 'How a condition compares a metric with its value; a comparison never matches a null (blank or missing) value',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum CompareValue {
  VALUE = 'VALUE',
  PREVIOUS = 'PREVIOUS',
  DELTA = 'DELTA',
}
registerEnumType(CompareValue, {
  name: 'CompareValue',
  description: 'Which number of a metric a condition or the order reads',
  valuesConfig: {
    VALUE: { description: 'The year’s value' },
    PREVIOUS: { description: 'The year before’s value (`previous`)' },
    DELTA: { description: 'The change from the year before (`delta`): townships whose website count fell are DELTA LT 0' },
  },
});

@InputType('CompareCondition', { description: 'A filter on the value shown for a row (its township, or its group)' })
export class CompareConditionInput {
  @Field({ description: 'A metric key (see `metrics`)' })
  metric!: string;

  @Field(() => CompareOp)
  op!: CompareOp;

  @Field(() => Float, { nullable: true, description: 'Required by EQ … LTE; absent for IS_NULL and NOT_NULL' })
  value?: number | null;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'The condition must hold in each of the last `years` years up to the row’s year (of: VALUE only)',
  })
  years!: number;

  @Field(() => CompareValue, { defaultValue: CompareValue.VALUE })
  of!: CompareValue;
}

@InputType('CompareOrder')
export class CompareOrderInput {
  @Field({ description: 'Rank and order by this metric (shown among the values even if not asked)' })
  metric!: string;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;

  @Field(() => CompareValue, { defaultValue: CompareValue.VALUE, description: 'Rank by the value, the year before’s or the change' })
  of!: CompareValue;
}

@InputType('CompareInput', { description: 'Any metrics, years and townships: filtered, grouped, ranked, paged' })
export class CompareInput {
  @Field(() => [String], { description: `Metric keys, at most ${COMPARE_LIMITS.maxMetrics}` })
  metrics!: string[];

  @Field(() => [Int], { description: `Report years, at most ${COMPARE_LIMITS.maxYears}` })
  years!: number[];

  @Field(() => String, {
    nullable: true,
    description: 'The province, city, county or township whose townships are compared; absent: the whole country',
  })
  regionCode?: string | null;

  @Field(() => RegionLevel, {
    defaultValue: RegionLevel.TOWNSHIP,
    description:
      'One row per region of this level (not above the region’s own). A city without counties counts as its own county, a county directly under its province as its own city',
  })
  groupBy!: RegionLevel;

  @Field(() => [CompareConditionInput], { defaultValue: [], description: 'All must hold' })
  where!: CompareConditionInput[];

  @Field(() => CompareOrderInput, { nullable: true, description: 'Default: the first metric, highest first' })
  orderBy?: CompareOrderInput | null;

  @Field(() => Int, { defaultValue: COMPARE_LIMITS.defaultPageSize, description: `Rows per page, at most ${COMPARE_LIMITS.maxPageSize}` })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;

  @Field({ defaultValue: false, description: 'Also rows without any report: townships missing theirs, groups where all are missing' })
  includeMissing!: boolean;
}
