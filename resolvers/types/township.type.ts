import { Field, Int, ObjectType } from 'type-graphql';

// The types here hold plain properties (no field is @Authorized): graphql's default resolver
// reads them (simpleResolvers), without type-graphql's wrapper per field of every row.
@ObjectType('Township', { description: 'A township-level division (镇, 乡 or 街道)', simpleResolvers: true })
export class TownshipType {
  @Field({ description: '9-digit statistical division code' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code of the county-level division above it (null where the city has none)' })
  countyCode!: string | null;

  @Field(() => String, { nullable: true })
  cityCode!: string | null;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;
}

@ObjectType('NewReceivedTotal', { description: '本年新收政府信息公开申请数量 总计 of a report' })
export class NewReceivedTotalType {
  @Field(() => Int, { nullable: true, description: 'null when the report states none of the row' })
  value!: number | null;

  @Field({ description: "True when the report's 总计 is blank and the value is the sum of the row's cells" })
  derived!: boolean;
}
