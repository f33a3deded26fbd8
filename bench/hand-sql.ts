import mysql from 'mysql2/promise';
import { ancestorColumn } from '../src/store/regions';
import { RegionLevel } from '../entities';
import { CHANNEL_KEYS } from '../src/template/report-data';
import { timeRuns } from './latency';

/**
 * channelComparison as a person would write it for MariaDB by hand: one statement, one
 * join per channel on the unique (version_id, metric) index, ranked by a window function.
 * The yardstick the GraphQL path is measured against (same rows, same order).
 */
function channelComparisonSql(level: RegionLevel): string {
  const joins = CHANNEL_KEYS.map((key, i) => `LEFT JOIN publication_counts c${i} ON c${i}.version_id = r.current_version_id AND c${i}.metric = 'channels.${key}'`);
  const values = CHANNEL_KEYS.map((key, i) => `c${i}.value AS ${key}`);
  const wechat = `c${CHANNEL_KEYS.indexOf('wechat')}.value`;
  return [
    `SELECT t.code, t.name, r.id IS NOT NULL AS reported, ${values.join(', ')},`,
    `  RANK() OVER (ORDER BY ${wechat} IS NULL, ${wechat} DESC) AS rnk`,
    'FROM regions t',
    'LEFT JOIN reports r ON r.township_code = t.code AND r.year = ?',
    ...joins,
    `WHERE t.level = 'TOWNSHIP' AND t.${ancestorColumn(level)} = ?`,
    'ORDER BY rnk, t.code',
  ].join('\n');
}

export async function handWrittenChannelComparison(url: string, level: RegionLevel, regionCode: string, year: number, runs: number) {
  const connection = await mysql.createConnection(url);
  try {
    const sql = channelComparisonSql(level);
    let rows = 0;
    const times = await timeRuns(runs, async () => {
      const [result] = await connection.query(sql, [year, regionCode]);
      rows = (result as unknown[]).length;
    });
    return { ...times, rows };
  } finally {
    await connection.end();
  }
}
