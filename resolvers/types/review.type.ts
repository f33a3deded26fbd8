import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewStatus } from '../../src/answers/assessment/subject';

registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  valuesConfig: {
    CONFIRMED: { description: 'The evaluator agrees the issue is real: it counts in the assessment' },
    DISMISSED: { description: 'The evaluator finds the issue is not a fault of the report: it costs no points' },
  },
});

@ObjectType('IssueReview', { description: "An evaluator's decision on an issue" })
export class IssueReviewType {
  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field({ description: 'Why (required when dismissing)' })
  comment!: string;

  @Field({ description: 'Who decided' })
  reviewer!: string;

  @Field({ description: 'When' })
  decidedAt!: Date;
}

@InputType({ description: "A decision on an issue of a township's report, found by its fingerprint in the current version" })
export class ReviewIssueInput {
  @Field({ description: '9-digit statistical code of the township' })
  townshipCode!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'Issue.fingerprint' })
  fingerprint!: string;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => String, { nullable: true, description: 'Why; required when dismissing' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Who decides; until access control lands, else the acting user (匿名)' })
  reviewer?: string | null;
}
