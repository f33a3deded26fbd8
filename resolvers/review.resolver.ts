import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { reviewIssue } from '../src/answers/assessment/review/review-issue';
import type { IssueDecision } from '../src/answers/assessment/subject';
import { ACCESS } from '../src/api/auth/access';
import { HubContext } from '../src/api/graphql/context';
import { issueView } from './issue-view';
import { IssueType } from './types/issue.type';
import { IssueReviewType, ReviewIssueInput } from './types/review.type';

@Resolver(() => IssueType)
export class ReviewResolver {
  @Authorized(ACCESS.readAssessment)
  @FieldResolver(() => IssueReviewType, { nullable: true, description: "The evaluator's decision on this issue, null while there is none" })
  review(@Root() issue: IssueType, @Ctx() { loaders }: HubContext): Promise<IssueDecision | null> {
    return loaders.issueReview.load({ townshipCode: issue.townshipCode, year: issue.year, fingerprint: issue.fingerprint });
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => IssueType, {
    description:
      "Confirms or dismisses an issue of the current version of a township's report. The decision holds for the same issue " +
      '(same rule, cells and values) in later versions; dismissed issues cost no points',
  })
  async reviewIssue(@Arg('input') input: ReviewIssueInput, @Ctx() { dataSource, loaders, actor }: HubContext): Promise<IssueType> {
    const { key, issue, decision } = await reviewIssue(dataSource.manager, {
      townshipCode: input.townshipCode,
      year: input.year,
      fingerprint: input.fingerprint,
      status: input.status,
      comment: input.comment ?? null,
      // Who decided is who the token says: never a name the request writes.
      reviewer: actor.name,
    });
    loaders.issueReview.clear(key).prime(key, decision);
    return issueView(key.townshipCode, key.year, issue, key.fingerprint);
  }
}
