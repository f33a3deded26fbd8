import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { regionSummary } from '../src/answers/analytics/region-summary';
import { HubContext } from '../src/api/graphql/context';
import { summaryDownloadPath } from '../src/api/http/export-paths';
import { checkYear } from '../src/core/report-year';
import { requireRegion } from '../src/storage/store/regions';
import { tablesView } from './report-view';
import { RegionSummaryType } from './types/region-summary.type';

@Resolver()
export class RegionSummaryResolver {
  @Query(() => RegionSummaryType, { description: "The 汇总 a county or city publishes: its townships' three tables summed for the year" })
  async regionSummary(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Ctx() { dataSource }: HubContext,
  ): Promise<RegionSummaryType> {
    const region = await requireRegion(dataSource.manager, regionCode);
    const summary = await regionSummary(dataSource.manager, region, checkYear(year));
    return {
      ...summary,
      ...tablesView(summary.data),
      downloadUrl: summaryDownloadPath('docx', year, region.code),
    };
  }
}
