import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CellSource', { description: "Where a stored number was read: the document's own text behind it" })
export class CellSourceType {
  @Field({ description: "The cell's ReportData path: applications.newReceived.total, channels.website, …" })
  cell!: string;

  @Field({ description: 'The form the document was read as: TEXT, MARKDOWN, HTML, DOCX, PDF …' })
  form!: string;

  @Field(() => Int, { nullable: true, description: '1-based page of a PDF; null for forms without pages' })
  page!: number | null;

  @Field({ description: "The row's label as the document writes it" })
  rowLabel!: string;

  @Field({ description: "The column's header as the document writes it, or the template's column title" })
  column!: string;

  @Field(() => Int, { description: "Offset in the document's extracted text where the value's text starts" })
  start!: number;

  @Field(() => Int, { description: 'Offset where it ends (exclusive)' })
  end!: number;

  @Field({ description: 'The exact text at [start, end)' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The rule that worked the value out when it was not read as written (parse.derived, …); start/end cover its text',
  })
  derivedBy!: string | null;
}
