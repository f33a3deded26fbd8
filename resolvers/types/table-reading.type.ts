import { Field, ObjectType } from 'type-graphql';

@ObjectType('RowReading', { description: 'A document row and the report row it was placed as' })
export class RowReadingType {
  @Field({ description: 'The ReportData row path: applications.denied.stateSecret, channels.website, …' })
  row!: string;

  @Field({ description: 'The row as the document writes it, cells joined by |' })
  text!: string;
}

@ObjectType('TableReading', { description: 'How one of the report tables was found in the document' })
export class TableReadingType {
  @Field({ description: 'disclosure, applications, cases or platform' })
  table!: string;

  @Field({ description: "The template's title of the table" })
  title!: string;

  @Field({ description: 'Whether any row of it was found' })
  found!: boolean;

  @Field(() => [RowReadingType], { description: 'Its rows in document order' })
  rows!: RowReadingType[];
}
