import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { openDatabase } from '../storage/db/data-source';
import { HubError } from '../core/errors';
import { BulkOutcome, BulkResult, bulkIngest } from '../storage/ingest/bulk-ingest';
import { collectFiles } from '../storage/ingest/collect-files';
import { checkYear } from '../core/report-year';
import { loadRegionsIfEmpty } from '../storage/store/region-store';
import { requireRegion } from '../storage/store/regions';
import { startParsePool } from '../workers/parse-pool';

const OUTCOMES: readonly BulkOutcome[] = ['CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED'];

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new HubError('BAD_USER_INPUT', `--year「${value}」不是四位年份`, { year: value });
  return checkYear(Number(value));
}

/** The closing table: one line per file, then the count of each outcome. */
export function summarize(results: readonly BulkResult[]): string {
  const lines = results.map((result) => {
    const who = result.township ? `${result.township.name}（${result.township.code}）${result.year}` : '';
    const why = result.outcome === 'REJECTED' ? `${result.code}: ${result.reason}` : '';
    return [result.outcome.padEnd(9), who, result.file, why].filter(Boolean).join('  ');
  });
  const counts = OUTCOMES.map((outcome) => `${outcome} ${results.filter((result) => result.outcome === outcome).length}`);
  return [...lines, '', counts.join('  ')].join('\n');
}

/** `ingest <folder or files…> [--region <code>] [--year <year>]` into the configured database. */
export async function ingestCommand(
  paths: string[],
  region: string | undefined,
  year: string | undefined,
): Promise<{ output: string; failed: boolean }> {
  if (!paths.length) throw new HubError('BAD_USER_INPUT', '用法：ingest <文件夹或文件…> [--region 区划代码] [--year 年度]');
  const files = collectFiles(paths);
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  const parsePool = startParsePool(config.parsing);
  try {
    await loadRegionsIfEmpty(dataSource);
    const scope = region ? await requireRegion(dataSource.manager, region) : null;
    const bar = new SingleBar({ format: '{bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
    bar.start(files.length, 0, { file: '' });
    const results = await bulkIngest(dataSource, files, {
      region: scope,
      year: parseYear(year),
      onProgress: (done, _total, file) => bar.update(done, { file }),
      parse: parsePool.parse,
    });
    bar.stop();
    return { output: summarize(results), failed: results.some((result) => result.outcome === 'REJECTED') };
  } finally {
    await parsePool.close();
    await dataSource.destroy();
  }
}
