import { Extensions, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import { maxLength } from './max-length';

@InputType({ description: 'An official list of codes and names (the 民政部 form) to apply to the region tree' })
export class ImportRegionsInput {
  @Field({ description: 'CSV `code,name[,parent]`, one region a line, header line optional' })
  @Extensions(maxLength('document'))
  csv!: string;

  @Field({ description: 'YYYY-MM-DD: the change applies from this date’s year' })
  effective!: string;

  @Field(() => String, { nullable: true, description: 'The region the list covers (its whole subtree); absent: the whole tree' })
  regionCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Confirmed merges, OLD=NEW' })
  merges?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Added codes split from an existing region, NEW=OLD (the new region’s splitFrom)' })
  splits?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Plan only: change nothing' })
  dryRun?: boolean | null;
}

@ObjectType('RegionRename')
export class RegionRenameType {
  @Field()
  code!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType('RegionMove', { description: 'A region whose parent changes' })
export class RegionMoveType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType('RetiredRegion', { description: 'A code valid to the year before the change' })
export class RetiredRegionType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The code it continues under, as confirmed' })
  successorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'MERGED (into another township) or RENAMED (the same township, a new code)' })
  successorKind!: string | null;
}

@ObjectType('ProposedMerge', { description: 'A retired code whose name the list gives another code: confirm with merges OLD=NEW' })
export class ProposedMergeType {
  @Field()
  from!: string;

  @Field()
  fromName!: string;

  @Field()
  into!: string;
}

@ObjectType('RegionChangePlan', { description: 'What an import of a list does to the region tree' })
export class RegionChangePlanType {
  @Field(() => Int)
  effectiveYear!: number;

  @Field(() => Boolean, { description: 'false for a dry run' })
  applied!: boolean;

  @Field(() => [Region], { description: 'As they will be stored (parent and ancestors); valid from effectiveYear' })
  added!: Region[];

  @Field(() => [RegionRenameType])
  renamed!: RegionRenameType[];

  @Field(() => [RegionMoveType])
  moved!: RegionMoveType[];

  @Field(() => [RetiredRegionType])
  retired!: RetiredRegionType[];

  @Field(() => [ProposedMergeType])
  proposedMerges!: ProposedMergeType[];
}
