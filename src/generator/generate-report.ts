/**
 * A random but internally consistent report for one township-year: every consistency rule of
 * docs/domain.md holds, so the hub's checks find nothing unless applyFlaws adds a defect.
 */
import type { ApplicantRow, ReportData, TemplateVersion } from '../reading/template/report-data';
import { generateApplications } from './generate-applications';
import { generateCases } from './generate-cases';
import { generateChannels } from './generate-channels';
import { generateDisclosure } from './generate-disclosure';
import { generateSections } from './generate-sections';
import { Random, type Seed } from './random';

export interface GenerateReportOptions {
  organization: string;
  year: number;
  template: TemplateVersion;
  seed: Seed;
  /** YYYY-MM-DD; drawn from January of the next year (now and then later) when absent. */
  publishedOn?: string;
  /** Last year's carriedForward, to keep consecutive years consistent (`years.carryOver`). */
  carriedOver?: ApplicantRow;
}

/** Share of reports published after the 31 January deadline, so demo data has late ones. */
const LATE_CHANCE = 0.1;

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

function publicationDate(rng: Random, year: number): string {
  const month = rng.chance(LATE_CHANCE) ? rng.int(2, 3) : 1;
  // Nobody publishes in the first days of January: the year's figures are still being counted.
  const day = month === 1 ? rng.int(6, 31) : rng.int(1, 28);
  return `${year + 1}-${twoDigits(month)}-${twoDigits(day)}`;
}

export function generateReport(options: GenerateReportOptions): ReportData {
  const { organization, year, template } = options;
  // One stream per part, so that a change to one part's drawing leaves the others as they were.
  const stream = (part: string) => new Random(`${options.seed}:${part}`);
  const { activeDisclosure, notApplicable } = generateDisclosure(stream('disclosure'), template);
  const { applications, received } = generateApplications(stream('applications'), template, options.carriedOver);
  const cases = generateCases(stream('cases'), received > 0);
  const { channels, responses, countSources } = generateChannels(stream('channels'));
  const { sections, narrativeCounts } = generateSections(stream('sections'), {
    organization,
    year,
    website: channels.website,
    wechat: channels.wechat,
    receivedApplications: received,
  });
  return {
    organization,
    year,
    template,
    publishedOn: options.publishedOn ?? publicationDate(stream('date'), year),
    activeDisclosure,
    applications,
    ...cases,
    channels,
    responses,
    countSources,
    sections,
    narrativeCounts,
    ...(notApplicable.length > 0 ? { notApplicable } : {}),
    issues: [],
  };
}
