import { ApiToken } from './api-token';
import { ApplicationCount } from './application-count';
import { AuditEvent } from './audit-event';
import { CaseOutcome } from './case-outcome';
import { DeadlineSetting } from './deadline-setting';
import { DisclosureItem } from './disclosure-item';
import { IssueReview } from './issue-review';
import { NarrativeCount } from './narrative-count';
import { NarrativeSection } from './narrative-section';
import { PublicationCount } from './publication-count';
import { RectificationItem, ItemState } from './rectification-item';
import { NoticeState, RectificationNotice } from './rectification-notice';
import { RectificationStep } from './rectification-step';
import { Region, RegionLevel, storedRegionLevel } from './region';
import { Report } from './report';
import { ReportIssueRecord } from './report-issue';
import { ReportVersion, VersionOrigin } from './report-version';
import { RubricCriterion } from './rubric-criterion';
import { RubricVersion } from './rubric-version';

export {
  ApiToken,
  ApplicationCount,
  AuditEvent,
  CaseOutcome,
  DeadlineSetting,
  DisclosureItem,
  IssueReview,
  ItemState,
  NarrativeCount,
  NoticeState,
  NarrativeSection,
  PublicationCount,
  RectificationItem,
  RectificationNotice,
  RectificationStep,
  Region,
  RegionLevel,
  Report,
  ReportIssueRecord,
  ReportVersion,
  RubricCriterion,
  RubricVersion,
  storedRegionLevel,
  VersionOrigin,
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
  IssueReview,
  RubricVersion,
  RubricCriterion,
  ApiToken,
  AuditEvent,
  DeadlineSetting,
  RectificationNotice,
  RectificationItem,
  RectificationStep,
];
