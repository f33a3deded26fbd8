import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { AssessmentResult } from '../src/answers/assessment/assess';
import { runAssessment } from '../src/answers/assessment/run-assessment';
import type { Evidence } from '../src/answers/assessment/rule';
import type { Region } from '../entities';
import { ACCESS } from '../src/api/auth/access';
import { asksForField } from '../src/api/graphql/asks-for-field';
import { HubContext } from '../src/api/graphql/context';
import { Loaders } from '../src/api/loaders';
import { issueView } from './issue-view';
import { AssessmentEvidenceType, AssessmentResultType } from './types/assessment.type';

function evidenceView(township: string, year: number, evidence: Evidence): AssessmentEvidenceType {
  const issue = evidence.issue ? issueView(township, year, evidence.issue.issue, evidence.issue.fingerprint) : null;
  return { text: evidence.text, issue };
}

/** A township's result as the schema shows it; its criteria only when asked (else never resolved, so left empty). */
function resultView(result: AssessmentResult<Region>, year: number, rubricVersion: number, withCriteria: boolean): AssessmentResultType {
  const code = result.township.code;
  const criteria = withCriteria
    ? result.criteria.map((criterion) => ({
        ...criterion,
        evidence: criterion.evidence.map((evidence) => evidenceView(code, year, evidence)),
      }))
    : [];
  return { ...result, rubricVersion, criteria };
}

const CRITERIA_FIELD = new Set(['criteria']);

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
      'best first. Computed from the current data on every query; a fixed number of SQL statements, ' +
      'and one more per 1,000 narratives the server has not read before (after an upload, one)',
  })
  async assessment(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Arg('rubricVersion', () => Int, { nullable: true }) rubricVersion: number | null,
    @Ctx() { dataSource, loaders }: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssessmentResultType[]> {
    const { rubric, results } = await runAssessment(dataSource.manager, regionCode, year, rubricVersion ?? null);
    // A ranking (township, total, rank) asks for no criterion: their evidence is not shown, nor its issues' reviews looked up.
    const withCriteria = asksForField(info, CRITERIA_FIELD);
    if (withCriteria) primeReviews(loaders, results, year);
    return results.map((result) => resultView(result, year, rubric.version, withCriteria));
  }
}
