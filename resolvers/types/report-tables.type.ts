import { Field, ObjectType } from 'type-graphql';
import {
  APPLICANT_COLUMNS,
  APPLICATION_SINGLE_ROWS,
  CASE_COLUMNS,
  CHANNEL_KEYS,
  DENIED_KEYS,
  DISCLOSURE_COLUMN_KEYS,
  DISCLOSURE_ITEM_KEYS,
  NOT_PROCESSED_KEYS,
  OTHER_HANDLING_KEYS,
  RESPONSE_KEYS,
  SECTION_KEYS,
  UNAVAILABLE_KEYS,
} from '../../src/reading/template/report-data';
import { FLOAT, INT, defineNullableFields } from './define-fields';

/*
 * The report's tables as GraphQL types, field for field the ReportData of docs/domain.md.
 * A null field is a cell the report leaves blank (or a table it does not have).
 */

@ObjectType('DisclosureItem', { description: 'A row of table 2; only the columns of its template are set' })
export class DisclosureItemType {}
defineNullableFields(
  DisclosureItemType,
  DISCLOSURE_COLUMN_KEYS.filter((key) => key !== 'amount'),
  INT,
);
defineNullableFields(DisclosureItemType, ['amount'], FLOAT, () => 'Procurement total in yuan (2019) or fees in 万元 (2021)');

@ObjectType('ActiveDisclosure', { description: 'Table 2: 主动公开政府信息情况 (第二十条)' })
export class ActiveDisclosureType {}
defineNullableFields(ActiveDisclosureType, DISCLOSURE_ITEM_KEYS, () => DisclosureItemType);

@ObjectType('ApplicantRow', { description: 'A row of table 3 by applicant: 自然人, 法人或其他组织 (five kinds), 总计' })
export class ApplicantRowType {}
defineNullableFields(ApplicantRowType, APPLICANT_COLUMNS, INT);

@ObjectType('DeniedApplications', { description: '三（三）不予公开' })
export class DeniedType {}
defineNullableFields(DeniedType, DENIED_KEYS, () => ApplicantRowType);

@ObjectType('UnavailableApplications', { description: '三（四）无法提供' })
export class UnavailableType {}
defineNullableFields(UnavailableType, UNAVAILABLE_KEYS, () => ApplicantRowType);

@ObjectType('NotProcessedApplications', { description: '三（五）不予处理' })
export class NotProcessedType {}
defineNullableFields(NotProcessedType, NOT_PROCESSED_KEYS, () => ApplicantRowType);

@ObjectType('OtherHandlingApplications', { description: '三（六）其他处理: total, and the 2021 sub-rows' })
export class OtherHandlingType {}
defineNullableFields(OtherHandlingType, OTHER_HANDLING_KEYS, () => ApplicantRowType);

@ObjectType('Applications', { description: 'Table 3: 收到和处理政府信息公开申请情况' })
export class ApplicationsType {}
defineNullableFields(ApplicationsType, APPLICATION_SINGLE_ROWS, () => ApplicantRowType);
defineNullableFields(ApplicationsType, ['denied'], () => DeniedType);
defineNullableFields(ApplicationsType, ['unavailable'], () => UnavailableType);
defineNullableFields(ApplicationsType, ['notProcessed'], () => NotProcessedType);
defineNullableFields(ApplicationsType, ['otherHandling'], () => OtherHandlingType);

@ObjectType('CaseOutcome', { description: 'A group of table 4: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计' })
export class CaseOutcomeType {}
defineNullableFields(CaseOutcomeType, CASE_COLUMNS, INT);

@ObjectType('Channels', { description: 'Publication counts by channel (table, or the narrative where no table states them)' })
export class ChannelsType {}
defineNullableFields(ChannelsType, CHANNEL_KEYS, INT);

@ObjectType('Responses', { description: 'Responses to public concerns' })
export class ResponsesType {}
defineNullableFields(ResponsesType, RESPONSE_KEYS, INT);

@ObjectType('Sections', { description: 'Narrative sections: 总体情况, 存在的主要问题及改进情况, 其他需要报告的事项' })
export class SectionsType {}
defineNullableFields(SectionsType, SECTION_KEYS, () => String);

/** The report's tables, as both a Report and a RegionSummary show them. */
@ObjectType()
export abstract class ReportTablesType {
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
}
