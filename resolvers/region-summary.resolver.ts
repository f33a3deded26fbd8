import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { summarizeRegion } from '../src/answers/analytics/region-summary';
import { HubContext } from '../src/api/graphql/context';
import { summaryDownloadPath } from '../src/api/http/export-paths';
import { tablesView } from './report-view';
import { RegionSummaryType } from './types/region-summary.type';

@Resolver()
export class RegionSummaryResolver {
  @Query(() => RegionSummaryType, { description: "The 汇总 a county or city publishes: its townships' three tables summed for the year" })
  async regionSummary(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Ctx() { dataSource, cells }: HubContext,
  ): Promise<RegionSummaryType> {
    const summary = await summarizeRegion(dataSource.manager, regionCode, year, cells);
    return {
      ...summary,
      ...tablesView(summary.data),
      downloadUrl: summaryDownloadPath('docx', summary.year, summary.region.code),
    };
  }
}
