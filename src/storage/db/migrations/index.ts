import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Assessment1765000000000 } from './1765000000000-assessment';
import { Access1766000000000 } from './1766000000000-access';
import { LongRubricParameters1767000000000 } from './1767000000000-long-rubric-parameters';
import { ClusterSafe1768000000000 } from './1768000000000-cluster-safe';
import { UploadId1768100000000 } from './1768100000000-upload-id';
import { Provenance1768300000000 } from './1768300000000-provenance';
import { ReportValues1768400000000 } from './1768400000000-report-values';
import { Rectification1768500000000 } from './1768500000000-rectification';
import { RegionValidity1768600000000 } from './1768600000000-region-validity';
import { DeadlinesAndUploaders1768700000000 } from './1768700000000-deadlines-and-uploaders';
import { ReportValuesByProvince1769000000000 } from './1769000000000-report-values-by-province';
import { NaturalKeys1769100000000 } from './1769100000000-natural-keys';
import { ReportValuesVersionFacts1769400000000 } from './1769400000000-report-values-version-facts';
import { ChannelRankingIndex1769500000000 } from './1769500000000-channel-ranking-index';
import { ReportValuesTownshipFacts1769600000000 } from './1769600000000-report-values-township-facts';
import { NarrativeDigest1769700000000 } from './1769700000000-narrative-digest';
import { HeadlineIndex1769800000000 } from './1769800000000-headline-index';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  Assessment1765000000000,
  Access1766000000000,
  LongRubricParameters1767000000000,
  ClusterSafe1768000000000,
  UploadId1768100000000,
  Provenance1768300000000,
  ReportValues1768400000000,
  Rectification1768500000000,
  RegionValidity1768600000000,
  DeadlinesAndUploaders1768700000000,
  ReportValuesByProvince1769000000000,
  NaturalKeys1769100000000,
  ReportValuesVersionFacts1769400000000,
  ChannelRankingIndex1769500000000,
  ReportValuesTownshipFacts1769600000000,
  NarrativeDigest1769700000000,
  HeadlineIndex1769800000000,
];
