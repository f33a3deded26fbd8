/**
 * The shapes of the answers the tests read, as their operations select them (fields a test
 * does not select are optional). Unchecked at run time: what a test asserts is the check.
 */

export interface RegionRef {
  code: string;
  name?: string;
  level?: string;
}

export interface MetricValue {
  metric?: string;
  value: number | null;
  previous?: number | null;
  delta?: number | null;
}

export interface CompareRow {
  region: RegionRef;
  year?: number;
  rank?: number;
  reportCount?: number;
  missingCount?: number;
  values: MetricValue[];
}

export interface CompareTotal {
  year: number;
  regionCount?: number;
  reportCount?: number;
  missingCount?: number;
  values: MetricValue[];
}

export interface CompareData {
  compare: { totalCount?: number; rows: CompareRow[]; totals?: CompareTotal[] | null };
}

export interface ChannelRow {
  township: { code: string; name?: string };
  rank: number;
  reported?: boolean;
  totalActive?: number | null;
  gazette?: number | null;
  website?: number | null;
  weibo?: number | null;
  wechat?: number | null;
  other?: number | null;
}

export interface ChannelData {
  channelComparison: ChannelRow[];
}
