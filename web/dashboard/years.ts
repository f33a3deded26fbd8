import { ReportYearsDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';

/** The first year the hub takes reports for (the 2008 regulations), and the most years one compare takes. */
const FIRST_YEAR = 2008;
const MOST_YEARS = 20;

/** Each recent year with how many of the region's reports the hub holds for it, newest first. */
export async function reportYears(regionCode: string): Promise<{ year: number; reports: number }[]> {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: Math.min(MOST_YEARS, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i);
  const data = await gql(ReportYearsDocument, { input: { metrics: ['derived.issueCount'], years, regionCode, limit: 1 } });
  return years.map((year) => ({ year, reports: data.compare.totals.find((t) => t.year === year)?.reportCount ?? 0 }));
}
