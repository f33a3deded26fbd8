import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AssessmentResult } from '../src/answers/assessment/assess';
import { runAssessment } from '../src/answers/assessment/run-assessment';
import type { Evidence } from '../src/answers/assessment/rule';
import type { Region } from '../entities';
import { ACCESS } from '../src/api/auth/access';
import { HubContext } from '../src/api/graphql/context';
import { Loaders } from '../src/api/loaders';
import { issueView } from './issue-view';
import { AssessmentEvidenceType, AssessmentResultType } from './types/assessment.type';

function evidenceView(township: string, year: number, evidence: Evidence): AssessmentEvidenceType {
  const issue = evidence.issue ? issueView(township, year, evidence.issue.issue, evidence.issue.fingerprint) : null;
  return { text: evidence.text, issue };
}

function resultView(result: AssessmentResult<Region>, year: number, rubricVersion: number): AssessmentResultType {
  const code = result.township.code;
  const criteria = result.criteria.map((criterion) => ({
    ...criterion,
    evidence: criterion.evidence.map((evidence) => evidenceView(code, year, evidence)),
  }));
  return { ...result, rubricVersion, criteria };
}

/** The assessment already holds every decision on the issues it cites: asking for them costs nothing more. */
function primeReviews(loaders: Loaders, results: readonly AssessmentResult<Region>[], year: number): void {
  for (const { township, criteria } of results) {
    for (const { issue } of criteria.flatMap((criterion) => criterion.evidence)) {
      if (issue) loaders.issueReview.prime({ townshipCode: township.code, year, fingerprint: issue.fingerprint }, issue.review);
    }
  }
}

@Resolver()
export class AssessmentResolver {
  @Authorized(ACCESS.readAssessment)
  @Query(() => [AssessmentResultType], {
    description:
      'Every township under the region scored under its rubric for the year (the latest version unless rubricVersion is given), ' +
      'best first. Computed from the current data on every query; a fixed number of SQL statements',
  })
  async assessment(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Arg('rubricVersion', () => Int, { nullable: true }) rubricVersion: number | null,
    @Ctx() { dataSource, loaders }: HubContext,
  ): Promise<AssessmentResultType[]> {
    const { rubric, results } = await runAssessment(dataSource.manager, regionCode, year, rubricVersion ?? null);
    primeReviews(loaders, results, year);
    return results.map((result) => resultView(result, year, rubric.version));
  }
}
