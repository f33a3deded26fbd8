import { ClassType, Field, Float, Int } from 'type-graphql';

type Scalar = typeof Int | typeof String;

/**
 * Declares nullable GraphQL fields named after a key list. The report's tables are wide
 * and regular (seven applicant columns, five case columns …); declaring them from the same
 * key lists as ReportData keeps the API and the data in step, with no hand-copied twins.
 */
export function defineNullableFields(
  target: ClassType,
  keys: readonly string[],
  type: () => Scalar | ClassType,
  description?: (key: string) => string,
): void {
  for (const key of keys) {
    Field(type, { nullable: true, description: description?.(key) })(target.prototype, key);
  }
}

export const INT = (): typeof Int => Int;
export const FLOAT = (): typeof Float => Float;
