import { DataSource, EntityManager } from 'typeorm';
import { Region, RegionLevel, storedRegionLevel } from '../../../entities';
import { copiedColumns } from '../db/report-values-copy';
import { REGION_CODES, REPORT_VALUES_TABLE, TOWNSHIP_FACTS } from '../db/report-values-layout';
import { sql } from '../db/sql';
import { transactionWithRetry } from '../ingest/retry-transaction';
import { KEYS_PER_STATEMENT, chunks } from '../store/chunks';
import { countWrite } from '../store/data-generation';
import { REGION_WRITES } from '../store/region-generation';
import { planRegionChange, type RegionChangeOptions, type RegionChangePlan } from './region-change-plan';
import type { ListedRegion } from './region-list';

const ancestorsOf = (node: RegionChangePlan['reancestored'][number]) => ({
  parentCode: node.parentCode,
  provinceCode: node.provinceCode,
  cityCode: node.cityCode,
  countyCode: node.countyCode,
});

/**
 * The read model keeps each township's region codes and years of validity beside its values:
 * the rows of townships whose ancestors or validity changed take them again from the regions
 * table, one correlated UPDATE per 1,000 townships (codes bound).
 */
async function rewriteReportValueRegions(manager: EntityManager, townships: readonly string[]): Promise<void> {
  const quote = (name: string) => sql.identifier(name, manager.connection.driver);
  const sets = copiedColumns(manager.connection, Region, { key: 'code', through: 'township_code' }, [...REGION_CODES, ...TOWNSHIP_FACTS]);
  for (const chunk of chunks(townships, KEYS_PER_STATEMENT)) {
    const update = sql.statement(
      sql`UPDATE ${quote(REPORT_VALUES_TABLE)} SET ${sets} WHERE ${quote('township_code')} IN (${sql.list(chunk)})`,
    );
    await manager.query(update.sql, update.params);
  }
}

/** Writes a plan: added codes valid from its year (with the region each was split from), names, parents and ancestors, retired codes valid to the year before with their successors. */
async function writePlan(manager: EntityManager, plan: RegionChangePlan): Promise<void> {
  const year = plan.effectiveYear;
  // Parents first: a new township may hang off a county added by the same list.
  const order = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWNSHIP];
  const added = [...plan.added].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  const splitFrom = new Map(plan.splits.map(({ code, from }) => [code, from]));
  for (const node of added) {
    await manager.insert(Region, {
      ...node,
      level: storedRegionLevel(node.level),
      validFrom: year,
      splitFrom: splitFrom.get(node.code) ?? null,
    });
  }
  for (const { code, to } of plan.renamed) await manager.update(Region, { code }, { name: to });
  for (const node of plan.reancestored) await manager.update(Region, { code: node.code }, ancestorsOf(node));
  for (const { code, successor } of plan.retired) {
    await manager.update(
      Region,
      { code },
      {
        validTo: year - 1,
        mergedInto: successor?.kind === 'MERGED' ? successor.code : null,
        renamedTo: successor?.kind === 'RENAMED' ? successor.code : null,
      },
    );
  }
  const reancestored = plan.reancestored.filter((node) => node.level === RegionLevel.TOWNSHIP).map((node) => node.code);
  // A retired code of another level has no rows: the UPDATE finds none.
  await rewriteReportValueRegions(manager, [...new Set([...reancestored, ...plan.retired.map(({ code }) => code)])]);
}

/**
 * Plans the change and, unless `dryRun`, applies it in one transaction that also rewrites what
 * depends on the tree (ancestors of descendants, the read model's region codes) and moves the
 * data generation, so no cached answer computed before the change is served after it.
 */
export async function importRegionList(
  dataSource: DataSource,
  listed: readonly ListedRegion[],
  options: RegionChangeOptions & { dryRun: boolean },
): Promise<RegionChangePlan> {
  if (options.dryRun) return planRegionChange(dataSource.manager, listed, options);
  return transactionWithRetry(dataSource, async (manager) => {
    const plan = await planRegionChange(manager, listed, options);
    await writePlan(manager, plan);
    await countWrite(manager, REGION_WRITES);
    return plan;
  });
}
