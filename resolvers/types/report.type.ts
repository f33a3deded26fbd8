import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region, VersionOrigin } from '../../entities';
import type { CellSource } from '../../src/reading/template/cell-source';
import { IssueType } from './issue.type';
import { TownshipType } from './township.type';
import { ReportTablesType, SectionsType } from './report-tables.type';

export enum CountSourceKind {
  TABLE = 'table',
  NARRATIVE = 'narrative',
}
registerEnumType(CountSourceKind, { name: 'CountSourceKind', description: 'Where a count was read: the table or the narrative' });

registerEnumType(VersionOrigin, {
  name: 'VersionOrigin',
  description: "How a version came: a township's UPLOAD, or a REPARSE of the same document by a newer parser",
});

@ObjectType('CountSource', { description: 'Where a channel or response count was read' })
export class CountSourceType {
  @Field({ description: 'channels.website, responses.hotTopics, …' })
  metric!: string;

  @Field(() => CountSourceKind)
  source!: CountSourceKind;

  @Field({ description: 'The table label or the narrative sentence' })
  evidence!: string;
}

@ObjectType('NarrativeCount', { description: 'A count stated in the prose, with its sentence' })
export class NarrativeCountType {
  @Field()
  metric!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  sentence!: string;
}

@ObjectType('ReportVersion', { description: 'One uploaded version of a report; the newest is the current one' })
export class ReportVersionType {
  /** The stored version's id, by which `document` reads its bytes. */
  id!: number;

  @Field(() => Int)
  number!: number;

  @Field({ description: 'SHA-256 of the stored document (and any publishedOn override), hex' })
  contentHash!: string;

  @Field()
  format!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field()
  template!: string;

  @Field()
  isDemo!: boolean;

  @Field({ description: 'When the version was stored: the upload, or for a REPARSE version the re-read' })
  uploadedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "The name of the token that uploaded the document (a REPARSE version keeps its upload's); null for the command line and the demo",
  })
  uploadedBy!: string | null;

  @Field({ description: 'Whether this is the current version' })
  isCurrent!: boolean;

  @Field(() => VersionOrigin, {
    description: "UPLOAD, or REPARSE: the previous version's document read again, not an edit by the township",
  })
  origin!: VersionOrigin;

  @Field(() => Int, { description: 'The parser version that read this version (0: read before parser versions were recorded)' })
  parserVersion!: number;
}

@ObjectType('Report', { description: "A township's annual report for a year, as the hub read it" })
export class ReportType extends ReportTablesType {
  /** Stored report id, null for a preview. */
  reportId!: number | null;

  /** The stored version shown, whose cell sources are loaded when asked for; null for a preview. */
  versionId!: number | null;

  /** Cell sources of a document just read (preview, upload); stored ones are loaded by versionId. */
  readCellSources!: CellSource[] | null;

  @Field(() => TownshipType)
  township!: Region;

  @Field(() => Int)
  year!: number;

  @Field({ description: '2019 or 2021' })
  template!: string;

  @Field(() => String, { nullable: true, description: 'The body named in the report' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  publishedOn!: string | null;

  @Field()
  isDemo!: boolean;

  @Field(() => [CountSourceType], { description: 'Where each channel and response count came from' })
  countSources!: CountSourceType[];

  @Field(() => SectionsType, { nullable: true })
  sections!: object | null;

  @Field(() => [NarrativeCountType])
  narrativeCounts!: NarrativeCountType[];

  @Field(() => [String], { description: 'Cells the report marks not applicable (——)' })
  notApplicable!: string[];

  @Field(() => [IssueType])
  issues!: IssueType[];
}
