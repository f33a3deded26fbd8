/**
 * The floor: each dashboard answer from one statement over the best layout for it, plus
 * turning its rows into JSON — what the data itself costs on this machine. The layout is
 * `bench_floor`, a table the bench builds beside the hub's data (MariaDB): one row per township
 * and year of the bench years with the metrics the operations read as columns, clustered by
 * (year, township_code), each region level's code beside them. run.ts checks that each floor
 * statement gives the hub's rows before either is timed.
 */
import mysql from 'mysql2/promise';
import { RegionLevel } from '../entities';
import { CHANNEL_KEYS } from '../src/reading/template/report-data';
import { BENCH_YEARS } from './dataset';
import { timeRuns } from './latency';
import { COMPARE_PAGE, Scope } from './operations';

export interface FloorQuery {
  sql: string;
  params: (string | number)[];
}

/** 本年新收: the stated total and the applicant columns that stand in for a blank one. */
const NEW_RECEIVED_PARTS = ['natural', 'commercial', 'research', 'public_interest', 'legal', 'other'] as const;

const applicationJoin = (alias: string, row: string) =>
  `LEFT JOIN application_counts ${alias} ON ${alias}.version_id = r.current_version_id AND ${alias}.row_key = '${row}'`;

/** The wide table, rebuilt from the hub's entity tables: every township × bench year, a row without a report too. */
const BUILD = [
  'DROP TABLE IF EXISTS bench_floor',
  [
    'CREATE TABLE bench_floor (year int NOT NULL, township_code varchar(12) NOT NULL, name varchar(100) NOT NULL,',
    '  province_code varchar(12) NULL, city_code varchar(12) NULL, county varchar(12) NULL, reported tinyint NOT NULL,',
    `  nr_total int NULL, ${NEW_RECEIVED_PARTS.map((part) => `nr_${part} int NULL`).join(', ')},`,
    '  granted int NULL, partially_granted int NULL, processed int NULL,',
    `  ${CHANNEL_KEYS.map((key) => `ch_${key} int NULL`).join(', ')},`,
    '  PRIMARY KEY (year, township_code), KEY ix_floor_province (province_code, year), KEY ix_floor_city (city_code, year),',
    '  KEY ix_floor_county (county, year)) ENGINE=InnoDB',
  ].join('\n'),
  [
    'INSERT INTO bench_floor',
    'SELECT y.yr, t.code, t.name, t.province_code, t.city_code, COALESCE(t.county_code, t.city_code), r.id IS NOT NULL,',
    `  a.total, ${NEW_RECEIVED_PARTS.map((part) => `a.\`${part}\``).join(', ')}, g.total, pg.total, tp.total,`,
    `  ${CHANNEL_KEYS.map((_, i) => `c${i}.value`).join(', ')}`,
    `FROM regions t CROSS JOIN (${BENCH_YEARS.map((year) => `SELECT ${year} AS yr`).join(' UNION ALL ')}) y`,
    'LEFT JOIN reports r ON r.township_code = t.code AND r.year = y.yr',
    applicationJoin('a', 'newReceived'),
    applicationJoin('g', 'granted'),
    applicationJoin('pg', 'partiallyGranted'),
    applicationJoin('tp', 'totalProcessed'),
    ...CHANNEL_KEYS.map(
      (key, i) => `LEFT JOIN publication_counts c${i} ON c${i}.version_id = r.current_version_id AND c${i}.metric = 'channels.${key}'`,
    ),
    "WHERE t.level = 'TOWNSHIP'",
  ].join('\n'),
];

/** Builds bench_floor in the database at `url` (the hub's data must be loaded). */
export async function buildFloor(url: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: url });
  try {
    for (const sql of BUILD) await connection.query(sql);
  } finally {
    await connection.end();
  }
}

/** The floor's column of the scope's level (a county-level scope: the county, or the city standing in for one). */
function scopeColumn(level: RegionLevel): string {
  switch (level) {
    case RegionLevel.PROVINCE:
      return 'province_code';
    case RegionLevel.CITY:
      return 'city_code';
    case RegionLevel.COUNTY:
      return 'county';
    case RegionLevel.TOWNSHIP:
      return 'township_code';
    default: {
      const unknown: never = level;
      throw new Error(`unknown region level ${String(unknown)}`);
    }
  }
}

/** The scope's rows: a range of the primary key (the country) or of a level's index. */
function scopeFilter(scope: Scope, params: (string | number)[]): string {
  if (scope.region === null) return '';
  params.push(scope.region.code);
  return ` AND ${scopeColumn(scope.region.level)} = ?`;
}

/** channelComparison: the scope's townships of the year, ranked by 微信 with a window function. */
export function channelComparisonFloor(scope: Scope, year: number): FloorQuery {
  const params: (string | number)[] = [year];
  const where = `year = ?${scopeFilter(scope, params)}`;
  const sql = [
    `SELECT township_code AS code, name, reported, ${CHANNEL_KEYS.map((key) => `ch_${key} AS ${key}`).join(', ')},`,
    '  RANK() OVER (ORDER BY ch_wechat IS NULL, ch_wechat DESC) AS rnk',
    `FROM bench_floor WHERE ${where}`,
    'ORDER BY rnk, township_code',
    ...(scope.limit === null ? [] : [`LIMIT ${scope.limit}`]),
  ].join('\n');
  return { sql, params };
}

/**
 * compare of COMPARE_METRICS grouped by county, where 本年新收 总计 (else the applicant
 * columns' sum) ≥ 0, ranked by 申请公开率 with the year before and the totals: per county and
 * year, LAG for the year before, window sums for the totals.
 */
export function compareByCountyFloor(scope: Scope, year: number): FloorQuery {
  const params: (string | number)[] = [year - 1, year];
  const where = `year IN (?, ?)${scopeFilter(scope, params)}`;
  const parts = NEW_RECEIVED_PARTS.map((part) => `nr_${part}`);
  params.push(year);
  const sql = [
    'WITH township AS (',
    '  SELECT county, year AS yr, reported, nr_total AS new_received,',
    `    CASE WHEN nr_total IS NOT NULL THEN nr_total WHEN ${parts.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL`,
    `      ELSE ${parts.map((p) => `COALESCE(${p}, 0)`).join(' + ')} END AS new_received_total,`,
    '    granted + partially_granted AS disclosed, processed, ch_wechat AS wechat',
    `  FROM bench_floor WHERE ${where}`,
    '),',
    'county AS (',
    '  SELECT county, yr, SUM(reported) AS reports, COUNT(*) - SUM(reported) AS missing, SUM(new_received) AS new_received,',
    '    SUM(new_received_total) AS new_received_total, SUM(CASE WHEN processed IS NOT NULL THEN disclosed END) AS disclosed,',
    '    SUM(CASE WHEN disclosed IS NOT NULL THEN processed END) AS processed, SUM(wechat) AS wechat',
    '  FROM township GROUP BY county, yr',
    '),',
    'valued AS (',
    '  SELECT c.*, CASE WHEN processed = 0 THEN NULL ELSE disclosed * 1e0 / processed END AS rate FROM county c',
    '),',
    'history AS (',
    '  SELECT v.*, LAG(new_received) OVER w AS new_received_before, LAG(rate) OVER w AS rate_before, LAG(wechat) OVER w AS wechat_before',
    '  FROM valued v WINDOW w AS (PARTITION BY county ORDER BY yr)',
    ')',
    'SELECT h.county, reg.name, h.reports, h.missing, h.new_received, h.new_received_before,',
    '  h.rate, h.rate_before, h.wechat, h.wechat_before,',
    '  RANK() OVER (ORDER BY h.rate IS NULL, h.rate DESC) AS rnk, COUNT(*) OVER () AS total_count,',
    '  SUM(h.reports) OVER () AS total_reports, SUM(h.missing) OVER () AS total_missing,',
    '  SUM(h.new_received) OVER () AS total_new_received,',
    '  SUM(CASE WHEN h.processed IS NOT NULL THEN h.disclosed END) OVER () * 1e0',
    '    / SUM(CASE WHEN h.disclosed IS NOT NULL THEN h.processed END) OVER () AS total_rate,',
    '  SUM(h.wechat) OVER () AS total_wechat',
    'FROM history h JOIN regions reg ON reg.code = h.county',
    'WHERE h.yr = ? AND h.new_received_total >= 0',
    `ORDER BY rnk, h.county LIMIT ${COMPARE_PAGE}`,
  ].join('\n');
  return { sql, params };
}

/** Rows of a floor statement, for checking, and its timings: the statement and its rows made JSON, as an answer is. */
export async function floorLatency(url: string, query: FloorQuery, runs: number) {
  const connection = await mysql.createConnection({ uri: url, supportBigNumbers: true });
  try {
    const [rows] = await connection.query(query.sql, query.params);
    const times = await timeRuns(runs, async () => JSON.stringify((await connection.query(query.sql, query.params))[0]));
    return { ...times, rows: rows as Record<string, unknown>[] };
  } finally {
    await connection.end();
  }
}
