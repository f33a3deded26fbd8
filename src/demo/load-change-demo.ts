import { DataSource } from 'typeorm';
import { demoReports } from '../generator/demo-reports';
import { ingestReports } from '../storage/ingest/ingest-batch';
import { importRegionList } from '../storage/region-change/apply-region-change';
import { requireRegion, townshipsUnder } from '../storage/store/regions';

/** The county of the change demo: 慈溪市, beside the default demo's 余姚市, which stays as it is. */
export const CHANGE_DEMO_COUNTY = '330282';
/** The townships with reports: the first three of the county; the first is merged into the second from 2020. */
const TOWNSHIPS = 3;

async function ingestDemo(dataSource: DataSource, townships: readonly { code: string; name: string }[], year: number): Promise<void> {
  const requests = demoReports(townships, [year]).map((report) => ({
    townshipCode: report.townshipCode,
    year,
    bytes: Buffer.from(report.text, 'utf8'),
    format: 'TEXT' as const,
    isDemo: true,
  }));
  const rejected = (await ingestReports(dataSource, requests)).find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/**
 * HUB_DEMO=changes: a township that changes, on a small overlay of the tree. Three townships of
 * 慈溪市 report for 2019; from 2020 the first is merged into the second (through the same
 * import as `regions import … --merge`), and the two left report for 2020, so that the merged
 * township's 2020 values compare with the sum of both its predecessors' 2019 values.
 */
export async function loadChangeDemo(dataSource: DataSource): Promise<void> {
  const county = await requireRegion(dataSource.manager, CHANGE_DEMO_COUNTY);
  const townships = await townshipsUnder(dataSource.manager, county);
  const [merged, into, other] = townships.slice(0, TOWNSHIPS);
  await ingestDemo(dataSource, [merged, into, other], 2019);
  const listed = townships.filter((t) => t.code !== merged.code).map(({ code, name }) => ({ code, name, parentCode: null }));
  await importRegionList(dataSource, listed, {
    effectiveYear: 2020,
    regionCode: county.code,
    merges: new Map([[merged.code, into.code]]),
    dryRun: false,
  });
  await ingestDemo(dataSource, [into, other], 2020);
}
