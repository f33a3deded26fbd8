import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';

@ObjectType('TownshipDeadline', {
  description: "The date a province, city or county set for its townships' annual reports (《政府信息公开条例》第四十九条)",
})
export class TownshipDeadlineType {
  @Field(() => Region)
  region!: Region;

  @Field({ description: 'MM-DD of the year after the report year; the townships under the region take the nearest setting above them' })
  monthDay!: string;

  @Field({ description: 'The name of the token that set it' })
  setBy!: string;

  @Field()
  setAt!: Date;
}

@ObjectType('SetTownshipDeadlineResult')
export class SetTownshipDeadlineResult {
  @Field(() => TownshipDeadlineType, { nullable: true, description: 'The setting now in force on the region; null when cleared' })
  setting!: TownshipDeadlineType | null;

  @Field(() => Int, {
    description: 'Stored reports under the region whose report.late finding changed (their current versions, re-checked)',
  })
  recheckedReports!: number;
}
