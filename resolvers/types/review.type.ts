import { Extensions, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewStatus } from '../../src/answers/assessment/subject';
import { maxLength } from './max-length';

/** A reason is a sentence or a paragraph, not a document. */
const MAX_COMMENT = 2000;

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

  @Field({ description: 'Who decided: the holder of the token that decided' })
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

  @Field(() => String, { nullable: true, description: `Why; required when dismissing (at most ${MAX_COMMENT} characters)` })
  @Extensions(maxLength(MAX_COMMENT))
  comment?: string | null;
}
