import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { checkYear } from '../core/report-year';
import { HubError } from '../core/errors';
import { PARSER_VERSION } from '../reading/parser-version';
import type { Cell, ReportIssue } from '../reading/template/report-data';
import { openDatabase } from '../storage/db/data-source';
import { ReparseOutcome, ReparseResult, reparse } from '../storage/ingest/reparse';
import { loadRegionsIfEmpty } from '../storage/store/region-store';
import { requireRegion } from '../storage/store/regions';
import { startParsePool } from '../workers/parse-pool';

const OUTCOMES: readonly ReparseOutcome[] = ['CHANGED', 'UNCHANGED', 'SKIPPED', 'FAILED'];

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new HubError('BAD_USER_INPUT', `--year「${value}」不是四位年份`, { year: value });
  return checkYear(Number(value));
}

const shown = (value: Cell | undefined): string => (value === undefined ? '（无）' : value === null ? '空' : String(value));
const issueLine = (sign: string, issue: ReportIssue): string => `    ${sign} ${issue.rule}（${issue.severity}）${issue.message}`;

/** What a re-read changed, a line each: cells old → new, issues that appeared (+) or went (−), other parts. */
function changeLines({ diff }: ReparseResult): string[] {
  if (!diff) return [];
  return [
    ...diff.cells.map(({ cell, before, after }) => `    ${cell}: ${shown(before)} → ${shown(after)}`),
    ...diff.issuesAppeared.map((issue) => issueLine('+', issue)),
    ...diff.issuesWent.map((issue) => issueLine('−', issue)),
    ...(diff.otherParts.length ? [`    其他变化：${diff.otherParts.join('、')}`] : []),
  ];
}

function headline(result: ReparseResult, dryRun: boolean): string {
  const who = `${result.township.name}（${result.township.code}）${result.year}`;
  const what =
    result.outcome === 'CHANGED'
      ? dryRun
        ? `第 ${result.versionNumber} 版将有变化（试运行，未保存）`
        : `第 ${result.versionNumber} 版 → 第 ${result.newVersionNumber} 版（重读，解析器 ${PARSER_VERSION}）`
      : `第 ${result.versionNumber} 版  ${result.code ? `${result.code}: ` : ''}${result.reason ?? ''}`;
  return [result.outcome.padEnd(9), who, what].join('  ');
}

/** Per report that changed, failed or was passed over for a newer upload: its line and changes; then the counts. */
export function summarizeReparse(results: readonly ReparseResult[], dryRun: boolean): string {
  const told = results.filter((result) => result.outcome === 'CHANGED' || result.outcome === 'FAILED' || result.reason);
  const lines = told.flatMap((result) => [headline(result, dryRun), ...changeLines(result)]);
  const counts = OUTCOMES.map((outcome) => `${outcome} ${results.filter((result) => result.outcome === outcome).length}`);
  return [...lines, '', `${counts.join('  ')}${dryRun ? '（试运行，未保存）' : ''}`].join('\n');
}

export interface ReparseCommandOptions {
  region?: string;
  year?: string;
  dryRun: boolean;
}

/** `reparse [--region CODE] [--year Y] [--dry-run]` on the configured database. */
export async function reparseCommand(options: ReparseCommandOptions): Promise<{ output: string; failed: boolean }> {
  const year = parseYear(options.year);
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  const parsePool = startParsePool(config.parsing);
  try {
    await loadRegionsIfEmpty(dataSource);
    const region = options.region ? await requireRegion(dataSource.manager, options.region) : null;
    const bar = new SingleBar({ format: '{bar} {value}/{total} {report}', stream: process.stderr, hideCursor: true });
    bar.start(0, 0, { report: '' });
    const results = await reparse(dataSource, {
      region,
      year,
      dryRun: options.dryRun,
      parse: parsePool.parse,
      onProgress: (done, total, report) => {
        bar.setTotal(total);
        bar.update(done, { report });
      },
    });
    bar.stop();
    return { output: summarizeReparse(results, options.dryRun), failed: results.some((result) => result.outcome === 'FAILED') };
  } finally {
    await parsePool.close();
    await dataSource.destroy();
  }
}
