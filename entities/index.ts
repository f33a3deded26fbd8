import { ApplicationCount } from './application-count';
import { CaseOutcome } from './case-outcome';
import { DisclosureItem } from './disclosure-item';
import { NarrativeCount } from './narrative-count';
import { NarrativeSection } from './narrative-section';
import { PublicationCount } from './publication-count';
import { Region, RegionLevel } from './region';
import { Report } from './report';
import { ReportIssueRecord } from './report-issue';
import { ReportVersion } from './report-version';

export {
  ApplicationCount,
  CaseOutcome,
  DisclosureItem,
  NarrativeCount,
  NarrativeSection,
  PublicationCount,
  Region,
  RegionLevel,
  Report,
  ReportIssueRecord,
  ReportVersion,
};

/** Every entity, for the data source. */
export const ENTITIES = [
  Region,
  Report,
  ReportVersion,
  DisclosureItem,
  ApplicationCount,
  CaseOutcome,
  PublicationCount,
  NarrativeSection,
  NarrativeCount,
  ReportIssueRecord,
];
