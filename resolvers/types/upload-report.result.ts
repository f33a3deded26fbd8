import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { IssueType } from './issue.type';
import { ReportType } from './report.type';
import { TableReadingType } from './table-reading.type';

export enum UploadStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(UploadStatus, {
  name: 'UploadStatus',
  valuesConfig: {
    CREATED: { description: 'The first version of this township and year' },
    UPDATED: { description: 'A new version; the earlier ones are kept' },
    UNCHANGED: { description: 'The same document as the current version; nothing stored' },
  },
});

@ObjectType('UploadReportResult')
export class UploadReportResult {
  @Field(() => UploadStatus)
  status!: UploadStatus;

  @Field(() => ReportType)
  report!: ReportType;

  @Field(() => [IssueType], { description: 'Every rule the report breaks (also in report.issues)' })
  issues!: IssueType[];
}

@ObjectType('ReportPreview', { description: 'What the hub reads from a document and which rules it breaks; nothing stored' })
export class ReportPreview {
  @Field({ description: 'The form the document was read as' })
  format!: string;

  @Field(() => ReportType)
  report!: ReportType;

  @Field(() => [IssueType])
  issues!: IssueType[];

  @Field(() => [TableReadingType], { description: 'How each table was found: which document rows became which report rows' })
  tables!: TableReadingType[];

  @Field(() => [String], { description: 'Cells the parser worked out rather than read (digit runs split by the arithmetic)' })
  derivedCells!: string[];
}
