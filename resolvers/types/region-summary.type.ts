import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import { ReportTablesType } from './report-tables.type';
import { TownshipType } from './township.type';

@ObjectType('RegionSummary', {
  description: "A region's 汇总 for a year: its townships' reports summed table by table (a cell is null when no report states it)",
})
export class RegionSummaryType extends ReportTablesType {
  @Field(() => Region)
  region!: Region;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'The template of the reports summed (the most common one if they differ)' })
  template!: string;

  @Field(() => Int)
  townshipCount!: number;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => [TownshipType], { description: 'Townships with no report for the year, so not in the sums' })
  missing!: Region[];

  @Field({ description: 'Where to download it as a Word document in the template layout' })
  downloadUrl!: string;
}
