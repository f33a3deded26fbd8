import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import { ActiveDisclosureType, ApplicationsType, CaseOutcomeType, ChannelsType, ResponsesType } from './report-tables.type';
import { TownshipType } from './township.type';

@ObjectType('RegionSummary', {
  description: "A region's 汇总 for a year: its townships' reports summed table by table (a cell is null when no report states it)",
})
export class RegionSummaryType {
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

  @Field(() => ActiveDisclosureType, { nullable: true })
  activeDisclosure!: object | null;

  @Field(() => ApplicationsType, { nullable: true })
  applications!: object | null;

  @Field(() => CaseOutcomeType, { nullable: true })
  review!: object | null;

  @Field(() => CaseOutcomeType, { nullable: true })
  litigationDirect!: object | null;

  @Field(() => CaseOutcomeType, { nullable: true })
  litigationAfterReview!: object | null;

  @Field(() => ChannelsType, { nullable: true })
  channels!: object | null;

  @Field(() => ResponsesType, { nullable: true })
  responses!: object | null;

  @Field({ description: 'Where to download it as a Word document in the template layout' })
  downloadUrl!: string;
}
