/**
 * The dashboard's comparisons as a person would write them for MariaDB by hand, one statement
 * each: the yardstick the GraphQL path is measured against. run.ts checks that each gives the
 * same rows as the hub before it is timed.
 */
import mysql from 'mysql2/promise';
import { ancestorColumn } from '../src/storage/store/regions';
import { CHANNEL_KEYS } from '../src/reading/template/report-data';
import { timeRuns } from './latency';
import { COMPARE_PAGE, Scope } from './operations';

export interface HandQuery {
  sql: string;
  params: (string | number)[];
}

/** The townships of the scope (alias t): level, then the province when there is one. */
function townshipFilter(scope: Scope, params: (string | number)[]): string {
  if (scope.region === null) return "t.level = 'TOWNSHIP'";
  params.push(scope.region.code);
  return `t.level = 'TOWNSHIP' AND t.${ancestorColumn(scope.region.level)} = ?`;
}

/** One join per channel on the unique (version_id, metric) index, ranked by a window function. */
export function channelComparisonSql(scope: Scope, year: number): HandQuery {
  const params: (string | number)[] = [year];
  const joins = CHANNEL_KEYS.map(
    (key, i) => `LEFT JOIN publication_counts c${i} ON c${i}.version_id = r.current_version_id AND c${i}.metric = 'channels.${key}'`,
  );
  const values = CHANNEL_KEYS.map((key, i) => `c${i}.value AS ${key}`);
  const wechat = `c${CHANNEL_KEYS.indexOf('wechat')}.value`;
  const sql = [
    `SELECT t.code, t.name, r.id IS NOT NULL AS reported, ${values.join(', ')},`,
    `  RANK() OVER (ORDER BY ${wechat} IS NULL, ${wechat} DESC) AS rnk`,
    'FROM regions t',
    'LEFT JOIN reports r ON r.township_code = t.code AND r.year = ?',
    ...joins,
    `WHERE ${townshipFilter(scope, params)}`,
    'ORDER BY rnk, t.code',
    ...(scope.limit === null ? [] : [`LIMIT ${scope.limit}`]),
  ].join('\n');
  return { sql, params };
}

/**
 * compare of COMPARE_METRICS grouped by county, where 本年新收 总计 (else the applicant
 * columns' sum) ≥ 0, ranked by 申请公开率 with the year before and the totals: per township,
 * per county, LAG for the year before, window sums for the totals.
 */
export function compareByCountySql(scope: Scope, year: number): HandQuery {
  const params: (string | number)[] = [year - 1, year];
  const parts = ['a.`natural`', 'a.commercial', 'a.research', 'a.public_interest', 'a.legal', 'a.other'];
  const applicationJoin = (alias: string, row: string) =>
    `LEFT JOIN application_counts ${alias} ON ${alias}.version_id = r.current_version_id AND ${alias}.row_key = '${row}'`;
  const township = [
    'SELECT COALESCE(t.county_code, t.city_code) AS county, y.yr, r.id AS report_id, a.total AS new_received,',
    `  CASE WHEN a.total IS NOT NULL THEN a.total WHEN ${parts.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL`,
    `    ELSE ${parts.map((p) => `COALESCE(${p}, 0)`).join(' + ')} END AS new_received_total,`,
    '  g.total + pg.total AS disclosed, tp.total AS processed, w.value AS wechat',
    'FROM regions t CROSS JOIN (SELECT ? AS yr UNION ALL SELECT ?) y',
    'LEFT JOIN reports r ON r.township_code = t.code AND r.year = y.yr',
    applicationJoin('a', 'newReceived'),
    applicationJoin('g', 'granted'),
    applicationJoin('pg', 'partiallyGranted'),
    applicationJoin('tp', 'totalProcessed'),
    "LEFT JOIN publication_counts w ON w.version_id = r.current_version_id AND w.metric = 'channels.wechat'",
    `WHERE ${townshipFilter(scope, params)}`,
  ].join('\n');
  params.push(year);
  const sql = [
    `WITH township AS (\n${township}\n),`,
    'county AS (',
    '  SELECT county, yr, COUNT(report_id) AS reports, COUNT(*) - COUNT(report_id) AS missing, SUM(new_received) AS new_received,',
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

/** Rows of a hand-written statement, for checking, and its timings. */
export async function handWritten(url: string, query: HandQuery, runs: number) {
  const connection = await mysql.createConnection({ uri: url, supportBigNumbers: true });
  try {
    const [rows] = await connection.query(query.sql, query.params);
    const times = await timeRuns(runs, () => connection.query(query.sql, query.params));
    return { ...times, rows: rows as Record<string, unknown>[] };
  } finally {
    await connection.end();
  }
}
