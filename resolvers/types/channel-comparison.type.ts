import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region } from '../../entities';
import { CHANNEL_KEYS, ChannelKey } from '../../src/reading/template/report-data';
import { INT, defineNullableFields } from './define-fields';
import { TownshipType } from './township.type';

export enum Channel {
  TOTAL_ACTIVE = 'totalActive',
  GAZETTE = 'gazette',
  WEBSITE = 'website',
  WEIBO = 'weibo',
  WECHAT = 'wechat',
  OTHER = 'other',
}
registerEnumType(Channel, { name: 'Channel', description: 'A publication channel (主动公开 by channel)' });

/** Every Channel value is a channel key of ReportData; the compiler keeps the two lists in step. */
export const channelKey = (channel: Channel): ChannelKey => channel satisfies ChannelKey;

// Plain properties only: graphql's default resolver reads them, without type-graphql's wrapper
// per field (a province's page is 100 rows of ten fields).
@ObjectType('ChannelComparisonRow', { description: "A township's publication counts by channel for a year", simpleResolvers: true })
export class ChannelComparisonRow {
  @Field(() => TownshipType)
  township!: Region;

  @Field(() => Int, { description: 'By the orderBy channel, highest first; ties share a rank; no count ranks last' })
  rank!: number;

  @Field({ description: 'Whether the township has a report for the year' })
  reported!: boolean;
}
defineNullableFields(ChannelComparisonRow, CHANNEL_KEYS, INT);
