import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum IssueSeverity {
  ERROR = 'error',
  WARNING = 'warning',
  INFO = 'info',
}
registerEnumType(IssueSeverity, { name: 'IssueSeverity' });

@ObjectType('Issue', { description: 'A rule violation (勾稽关系 and other checks) found in a report' })
export class IssueType {
  /** The township and year of the report, which with the fingerprint find the issue's review. */
  townshipCode!: string;
  year!: number;

  @Field({ description: 'Stable rule id, e.g. applications.identity' })
  rule!: string;

  @Field(() => IssueSeverity)
  severity!: IssueSeverity;

  @Field({ description: 'Chinese, naming the table, row and column' })
  message!: string;

  @Field(() => [String], { description: 'ReportData paths of the cells involved' })
  cells!: string[];

  @Field({
    description:
      "The issue's identity across versions: its rule, cells and the cells' values. A review decision holds for every " +
      'version with the same fingerprint and lapses when the values change',
  })
  fingerprint!: string;
}
