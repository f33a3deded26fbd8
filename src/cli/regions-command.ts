import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../storage/db/data-source';
import { importRegionList } from '../storage/region-change/apply-region-change';
import { effectiveYearOf, parseMerges, parseSplits, type RegionChangePlan } from '../storage/region-change/region-change-plan';
import { parseRegionList } from '../storage/region-change/region-list';
import { loadRegionsIfEmpty } from '../storage/store/region-store';

export interface RegionsImportOptions {
  effective: string;
  region?: string;
  dryRun?: boolean;
  merge?: string[];
  split?: string[];
}

/** ` 分自 OLD` for an added code split from OLD (--split NEW=OLD). */
function splitText(plan: RegionChangePlan, code: string): string {
  const split = plan.splits.find((candidate) => candidate.code === code);
  return split ? `  分自 ${split.from}` : '';
}

/** The plan as the operator reads it: one line per change, the proposed merges with the option that confirms each. */
export function planText(plan: RegionChangePlan, applied: boolean): string {
  const scope = plan.region ? `${plan.region.name}（${plan.region.code}）` : '全国';
  const successor = (retired: RegionChangePlan['retired'][number]) =>
    retired.successor ? ` → ${retired.successor.code}（${retired.successor.kind === 'MERGED' ? '并入' : '改码'}）` : '';
  const lines = [
    `${scope}，自 ${plan.effectiveYear} 年起${applied ? '已变更' : '将变更（未保存）'}：`,
    ...plan.added.map((node) => `ADD     ${node.code}  ${node.name}  上级 ${node.parentCode ?? '—'}${splitText(plan, node.code)}`),
    ...plan.renamed.map((change) => `RENAME  ${change.code}  ${change.from} → ${change.to}`),
    ...plan.moved.map((change) => `MOVE    ${change.code}  ${change.name}  上级 ${change.from ?? '—'} → ${change.to ?? '—'}`),
    ...plan.retired.map((retired) => `RETIRE  ${retired.code}  ${retired.name}${successor(retired)}`),
    ...plan.proposedMerges.map(
      (merge) => `MERGE?  ${merge.from}  ${merge.fromName} 出现在 ${merge.into} 下，确认合并请加 --merge ${merge.from}=${merge.into}`,
    ),
  ];
  const counts = [
    `ADD ${plan.added.length}`,
    `RENAME ${plan.renamed.length}`,
    `MOVE ${plan.moved.length}`,
    `RETIRE ${plan.retired.length}`,
    `MERGE? ${plan.proposedMerges.length}`,
  ];
  return [...lines, '', counts.join('  ')].join('\n');
}

/** `regions import <file.csv> --effective YYYY-MM-DD [--region CODE] [--dry-run] [--merge OLD=NEW …] [--split NEW=OLD …]`. */
export async function regionsImportCommand(file: string, options: RegionsImportOptions): Promise<string> {
  const listed = parseRegionList(readFileSync(file, 'utf8'));
  const effectiveYear = effectiveYearOf(options.effective);
  const merges = parseMerges(options.merge ?? []);
  const splits = parseSplits(options.split ?? []);
  const dataSource = await openDatabase(loadConfig().database);
  try {
    await loadRegionsIfEmpty(dataSource);
    const dryRun = options.dryRun === true;
    const plan = await importRegionList(dataSource, listed, { effectiveYear, regionCode: options.region ?? null, merges, splits, dryRun });
    return planText(plan, !dryRun);
  } finally {
    await dataSource.destroy();
  }
}
