import { Field, ObjectType } from 'type-graphql';

@ObjectType('MetricDefinition', { description: 'A metric `compare` answers for: a cell of the report, or one derived from cells' })
export class MetricDefinitionType {
  @Field({ description: 'Stable key: the ReportData path (applications.newReceived.total, channels.wechat) or derived.…' })
  key!: string;

  @Field({ description: 'Chinese, in the template’s words' })
  label!: string;

  @Field({ description: '件, 条, 次, 元, 万元 …; 比率 for a ratio, given as a fraction (0.25 is 25%)' })
  unit!: string;

  @Field({ description: 'Chinese: the cell it is, or what it means and its formula' })
  description!: string;

  @Field(() => [String], { description: 'Template versions whose reports carry it (2019, 2021)' })
  templates!: string[];

  @Field({ description: 'Whether grouped rows and totals add it up; a ratio is recomputed from its summed parts instead' })
  summable!: boolean;

  @Field(() => String, { nullable: true, description: "The formula over other metrics' keys; null for a cell of the report" })
  formula!: string | null;
}
