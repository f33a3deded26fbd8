import type { Sql } from '../../../storage/db/sql';
import type { RowFormula } from '../metrics/formula';
import type { Metric } from '../metrics/metric';
import { ratioSql } from './formula-sql';

/** The column suffix of a part: a sum's one part, a ratio's numerator and denominator. */
export type PartSuffix = '_s' | '_n' | '_d';

/**
 * The per-report parts of a metric and their column suffixes: a sum has one part, a ratio a
 * numerator and a denominator. Parts are what grouping adds up; values come from them.
 */
export function rowParts(metric: Metric): [suffix: PartSuffix, formula: RowFormula][] {
  const { aggregation } = metric;
  switch (aggregation.kind) {
    case 'sum':
      return [['_s', aggregation.formula]];
    case 'ratio':
      return [
        ['_n', aggregation.numerator],
        ['_d', aggregation.denominator],
      ];
    default: {
      const unknown: never = aggregation;
      throw new Error(`unknown aggregation ${JSON.stringify(unknown)}`);
    }
  }
}

export const partSuffixes = (metric: Metric): PartSuffix[] => rowParts(metric).map(([suffix]) => suffix);

/** A metric's value from its parts (`part(suffix)` is the SQL of one part, summed or not). */
export function valueFromParts(metric: Metric, part: (suffix: PartSuffix) => Sql): Sql {
  return metric.aggregation.kind === 'ratio' ? ratioSql(part('_n'), part('_d')) : part('_s');
}
