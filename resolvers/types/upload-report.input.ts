import { IsOptional, Matches } from 'class-validator';
import { Extensions, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { maxLength } from './max-length';

export enum ReportFormat {
  AUTO = 'AUTO',
  TEXT = 'TEXT',
  HTML = 'HTML',
  DOCX = 'DOCX',
  PDF = 'PDF',
}
registerEnumType(ReportFormat, { name: 'ReportFormat', description: 'The form of an uploaded document; AUTO detects it' });

export enum ContentEncoding {
  UTF8 = 'UTF8',
  BASE64 = 'BASE64',
}
registerEnumType(ContentEncoding, {
  name: 'ContentEncoding',
  description: 'How `content` carries the document: UTF8 text, or BASE64 for binary forms (.docx, PDF)',
});

@InputType({ description: "A township's report document for a year" })
export class UploadReportInput {
  // Codes, years and content are checked by the ingest path, whose errors name the township
  // and the document; the same checks then serve the CLI and the demo loader.
  @Field({ description: '9-digit statistical code of the township, e.g. 330281109' })
  townshipCode!: string;

  @Field(() => Int, { description: 'The year the report covers (2008 … this year)' })
  year!: number;

  @Field({ description: 'The document: text as it is, or base64 of the file bytes (HUB_MAX_UPLOAD_BYTES once decoded)' })
  @Extensions(maxLength('document'))
  content!: string;

  @Field(() => ReportFormat, { nullable: true, defaultValue: ReportFormat.AUTO })
  format?: ReportFormat | null;

  @Field(() => ContentEncoding, { nullable: true, defaultValue: ContentEncoding.UTF8 })
  encoding?: ContentEncoding | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; else the date the report states' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedOn「$value」不是 YYYY-MM-DD 格式的日期' })
  publishedOn?: string | null;
}
