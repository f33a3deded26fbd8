import {
  AssessmentDocument,
  AssessmentQuery,
  MissingReportsDocument,
  MissingReportsQuery,
  RegionGroupsDocument,
  RegionGroupsQuery,
  ZeroApplicationTownshipsDocument,
  ZeroApplicationTownshipsQuery,
} from '../graphql/operations.js';
import { HubError, gql } from '../lib/graphql.js';
import { currentToken } from '../lib/token.js';
import { CHANNELS, ChannelRow, fetchChannels } from './channel-chart.js';
import { Selection } from './selection.js';
import { TownshipIssues, fetchTownshipIssues } from './township-issues.js';

export type AssessmentRow = AssessmentQuery['assessment'][number];
export type ZeroRow = ZeroApplicationTownshipsQuery['zeroApplicationTownships'][number];
export type MissingRow = MissingReportsQuery['missingReports'][number];
export type GroupRow = RegionGroupsQuery['compare']['rows'][number];

/** What the panels read of each county (or city) above the county: its issues and its channels, summed. */
export const GROUP_METRICS = ['derived.issueCount', ...CHANNELS.map(([key]) => `channels.${key}`)];

/** A group's value of one of GROUP_METRICS (null: no report of the group states it). */
export function groupValue(group: GroupRow, metric: string): number | null {
  return group.values.find((v) => v.metric === metric)?.value ?? null;
}

/** Runs `load` once, on first use: several panels draw from one answer. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () => (answer ??= load());
}

/** Scores are for evaluators and analysts; without such a token the ranking says so. */
const SCORES_NEED_TOKEN = '考核结果仅评审人员可见：请在页首填写评审（EVALUATOR）或分析（ANALYST）令牌。';

/** The ranking, or why there is none to show: no token given, one that may not read scores, or no rubric for the region's year (the hub's words). */
async function fetchAssessment({ regionCode, year }: Selection): Promise<AssessmentRow[] | string> {
  try {
    return (await gql(AssessmentDocument, { regionCode, year })).assessment;
  } catch (error) {
    // A wrong or revoked token is an error to show, not a reason to hide the scores quietly.
    if (error instanceof HubError && error.code === 'UNAUTHENTICATED' && !currentToken()) return SCORES_NEED_TOKEN;
    if (error instanceof HubError && error.code === 'FORBIDDEN') return `此令牌不能查看考核结果。${SCORES_NEED_TOKEN}`;
    if (error instanceof HubError && error.code === 'NOT_FOUND') return error.message;
    throw error;
  }
}

/** Everything the panels draw for one selection, each asked of the hub once. */
export class DashboardData {
  constructor(readonly selection: Selection) {}

  readonly channels = once((): Promise<ChannelRow[]> => fetchChannels(this.selection));

  /** The issues of every reported township (the heat map and the late list). */
  readonly issues = once(async (): Promise<TownshipIssues[]> => {
    const reported = (await this.channels()).filter((row) => row.reported).map((row) => row.township);
    return fetchTownshipIssues(reported, this.selection);
  });

  readonly late = once(async (): Promise<TownshipIssues[]> =>
    (await this.issues()).filter((report) => report.issues.some((issue) => issue.rule === 'report.late')),
  );

  readonly zeroApplications = once(
    async (): Promise<ZeroRow[]> => (await gql(ZeroApplicationTownshipsDocument, this.variables())).zeroApplicationTownships,
  );

  readonly missing = once(async (): Promise<MissingRow[]> => (await gql(MissingReportsDocument, this.variables())).missingReports);

  readonly assessment = once(() => fetchAssessment(this.selection));

  /** Above the county: every county (or city) of the region, those without any report included. */
  readonly groups = once(async (): Promise<GroupRow[]> => {
    const { regionCode, year, groupLevel } = this.selection;
    if (!groupLevel) return [];
    const input = { metrics: GROUP_METRICS, years: [year], regionCode, groupBy: groupLevel, includeMissing: true, limit: 1000 };
    return (await gql(RegionGroupsDocument, { input })).compare.rows;
  });

  private variables() {
    return { regionCode: this.selection.regionCode, year: this.selection.year };
  }
}
