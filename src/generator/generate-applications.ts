/**
 * Table 3 for one township-year. Applications are dealt out one by one to an applicant
 * column and then to an outcome row (or carried forward), so every identity of the template
 * holds by construction instead of by after-the-fact adjustment.
 */
import {
  APPLICANT_PARTS,
  APPLICATION_GROUPS,
  APPLICATION_ROW_PATHS,
  setApplicationRow,
  type ApplicantColumn,
  type ApplicantRow,
  type ApplicationGroup,
  type Applications,
  type TemplateVersion,
} from '../reading/template/report-data';
import { groupLeafRows, outcomeLeafRows } from './layout';
import type { Random } from './random';

type ApplicantPart = Exclude<ApplicantColumn, 'total'>;
type Counts = Record<ApplicantPart, number>;
/** The six columns that are counted; `total` is always their sum. */
const PARTS = APPLICANT_PARTS as readonly ApplicantPart[];

/** Township applicants are overwhelmingly natural persons. */
const APPLICANT_WEIGHTS: Record<ApplicantPart, number> = {
  natural: 85,
  commercial: 8,
  research: 0.5,
  publicInterest: 1,
  legal: 3,
  other: 2.5,
};

type OutcomeHead = 'granted' | 'partiallyGranted' | ApplicationGroup | 'carriedForward';

/** Most township applications are granted or concern information the township does not hold. */
const OUTCOME_WEIGHTS: Record<OutcomeHead, number> = {
  granted: 50,
  partiallyGranted: 8,
  denied: 6,
  unavailable: 18,
  notProcessed: 5,
  otherHandling: 6,
  carriedForward: 7,
};

const MAX_NEW_APPLICATIONS = 30;
/** Share of townships that receive no application at all in a year. */
const ZERO_APPLICATIONS_CHANCE = 0.45;
const CARRIED_OVER_CHANCE = 0.15;

function zeroCounts(): Counts {
  return { natural: 0, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0 };
}

function toRow(counts: Counts): ApplicantRow {
  const total = PARTS.reduce((sum, part) => sum + counts[part], 0);
  return { ...counts, total };
}

function dealApplicants(rng: Random, count: number): Counts {
  const counts = zeroCounts();
  for (let i = 0; i < count; i++) counts[rng.weighted(APPLICANT_WEIGHTS)]++;
  return counts;
}

function countsOf(row: ApplicantRow): Counts {
  const counts = zeroCounts();
  for (const part of PARTS) counts[part] = row[part] ?? 0;
  return counts;
}

function pickOutcomeRow(rng: Random, template: TemplateVersion): string {
  const head = rng.weighted(OUTCOME_WEIGHTS);
  return head in APPLICATION_GROUPS ? rng.pick(groupLeafRows(template, head as ApplicationGroup)) : head;
}

/** Deals each pending application of each column to an outcome row or to carriedForward. */
function dealOutcomes(rng: Random, template: TemplateVersion, pending: Counts): Map<string, Counts> {
  const rows = new Map<string, Counts>();
  for (const path of [...outcomeLeafRows(template), 'carriedForward']) rows.set(path, zeroCounts());
  for (const part of PARTS) {
    for (let i = 0; i < pending[part]; i++) rows.get(pickOutcomeRow(rng, template))![part]++;
  }
  return rows;
}

function sumCounts(rows: Counts[]): Counts {
  const sum = zeroCounts();
  for (const row of rows) for (const part of PARTS) sum[part] += row[part];
  return sum;
}

export interface GeneratedApplications {
  applications: Applications;
  /** Applications received this year (newReceived.total). */
  received: number;
}

/**
 * @param carriedOver last year's carriedForward, so consecutive demo years agree
 *   (rule `years.carryOver`); drawn at random when not given.
 */
export function generateApplications(rng: Random, template: TemplateVersion, carriedOver?: ApplicantRow): GeneratedApplications {
  const received = rng.chance(ZERO_APPLICATIONS_CHANCE) ? 0 : rng.skewedInt(1, MAX_NEW_APPLICATIONS);
  const newReceived = dealApplicants(rng, received);
  const carried = carriedOver ? countsOf(carriedOver) : dealApplicants(rng, rng.chance(CARRIED_OVER_CHANCE) ? rng.int(1, 2) : 0);
  const counts = dealOutcomes(rng, template, sumCounts([newReceived, carried]));
  const sumOf = (paths: string[]) => sumCounts(paths.map((path) => counts.get(path)!));
  counts.set('newReceived', newReceived);
  counts.set('carriedOver', carried);
  // In 2019 the only otherHandling leaf is otherHandling.total itself, so this is a no-op there.
  counts.set('otherHandling.total', sumOf(groupLeafRows(template, 'otherHandling')));
  counts.set('totalProcessed', sumOf(outcomeLeafRows(template)));

  const apps: Applications = {};
  for (const path of APPLICATION_ROW_PATHS) {
    const rowCounts = counts.get(path);
    if (rowCounts) setApplicationRow(apps, path, toRow(rowCounts));
  }
  return { applications: apps, received };
}
