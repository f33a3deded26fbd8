import { RegionLevel } from '../entities';
import type { FigureScope } from './figures';

/**
 * The dashboard's queries, as the benchmark times them, for one scope and year. They are asked
 * with a token, as the office of a province or of the country asks them: assessment needs one,
 * and a national page reads more cells than a request without a token may (HUB_MAX_CELLS_ANONYMOUS).
 */
export interface Operation {
  name: string;
  /** Its name in bench/results.generated.json. */
  figure: 'channelComparison' | 'compare.grouped' | 'assessment';
  query: string;
}

/** A region, or the whole country: the national dashboard shows a page of each ranking. */
export interface Scope {
  name: string;
  /** Its scope in bench/results.generated.json. */
  figureScope: FigureScope;
  /** null: every township of the country. */
  region: { code: string; level: RegionLevel } | null;
  /** The page the national dashboard shows; null: every row, as the city dashboard does. */
  limit: number | null;
  /**
   * Whose rubric `assessment` scores: rubrics belong to a region (the country has none), so the
   * national scope assesses its largest province.
   */
  assessedRegionCode: string;
}

/** The scope's arguments, as GraphQL source (codes are digits: nothing to escape). */
function regionArgument(scope: Scope): string {
  return scope.region === null ? '' : `regionCode: "${scope.region.code}"`;
}

export const COMPARE_METRICS = ['applications.newReceived.total', 'derived.disclosureRate', 'channels.wechat'] as const;
export const COMPARE_PAGE = 20;

export function dashboardOperations(scope: Scope, year: number): Operation[] {
  const region = regionArgument(scope);
  const page = scope.limit === null ? '' : `limit: ${scope.limit}`;
  return [
    {
      name: 'channelComparison',
      figure: 'channelComparison',
      query: `{ channelComparison(year: ${year}, ${region} orderBy: WECHAT ${page}) {
        township { code name } rank reported totalActive gazette website weibo wechat other } }`,
    },
    {
      name: 'compare (COUNTY, where)',
      figure: 'compare.grouped',
      query: `{ compare(input: {
        metrics: ${JSON.stringify(COMPARE_METRICS)}
        years: [${year}], ${region} groupBy: COUNTY
        where: [{ metric: "derived.newReceivedTotal", op: GTE, value: 0 }]
        orderBy: { metric: "derived.disclosureRate", direction: DESC }, limit: ${COMPARE_PAGE} }) {
        totalCount
        rows { region { code name level } year rank reportCount missingCount values { metric value previous delta } }
        totals { year reportCount missingCount values { metric value } } } }`,
    },
    {
      name: `assessment (${scope.assessedRegionCode})`,
      figure: 'assessment',
      query: `{ assessment(year: ${year}, regionCode: "${scope.assessedRegionCode}") {
        township { code name } reported total maxTotal rank } }`,
    },
  ];
}
