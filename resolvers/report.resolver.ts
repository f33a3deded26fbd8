import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HubContext } from '../src/graphql/context';
import { ParsedUpload, parseUpload } from '../src/ingest/parse-upload';
import { ingestReport } from '../src/ingest/ingest-report';
import { UploadRequest, decodeContent } from '../src/ingest/upload-input';
import { findCurrentReport, versionToLoad } from '../src/store/current-report';
import { requireTownship } from '../src/store/regions';
import { reportView } from './report-view';
import { ReportType, ReportVersionType } from './types/report.type';
import { ContentEncoding, ReportFormat, UploadReportInput } from './types/upload-report.input';
import { ReportPreview, UploadReportResult, UploadStatus } from './types/upload-report.result';

function uploadRequest(input: UploadReportInput): UploadRequest {
  return {
    townshipCode: input.townshipCode,
    year: input.year,
    bytes: decodeContent(input.content, input.encoding ?? ContentEncoding.UTF8),
    format: input.format ?? ReportFormat.AUTO,
    publishedOn: input.publishedOn,
  };
}

function parsedView(parsed: ParsedUpload, reportId: number | null): ReportType {
  return reportView(parsed.township, parsed.year, parsed.isDemo, reportId, parsed.data);
}

@Resolver(() => ReportType)
export class ReportResolver {
  @Query(() => ReportType, { nullable: true, description: "A township's current report for a year" })
  async report(
    @Arg('townshipCode') townshipCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { dataSource, loaders }: HubContext,
  ): Promise<ReportType | null> {
    const township = await requireTownship(dataSource.manager, townshipCode);
    const current = await findCurrentReport(dataSource.manager, township.code, year);
    if (!current) return null;
    const data = await loaders.reportData.load(versionToLoad(year, current.version));
    return reportView(township, year, current.report.isDemo, current.report.id, data);
  }

  @Mutation(() => UploadReportResult, { description: "Reads, checks and stores a township's report as its newest version" })
  async uploadReport(@Arg('input') input: UploadReportInput, @Ctx() { dataSource }: HubContext): Promise<UploadReportResult> {
    const result = await ingestReport(dataSource, uploadRequest(input));
    const report = parsedView(result.parsed, result.reportId);
    return { status: result.status as UploadStatus, report, issues: report.issues };
  }

  @Mutation(() => ReportPreview, { description: 'The same reading and checks as uploadReport; nothing is stored' })
  async previewReport(@Arg('input') input: UploadReportInput, @Ctx() { dataSource }: HubContext): Promise<ReportPreview> {
    const parsed = await parseUpload(dataSource, uploadRequest(input));
    const report = parsedView(parsed, null);
    return { format: parsed.format, report, issues: report.issues };
  }

  @FieldResolver(() => [ReportVersionType], { description: 'Every uploaded version, oldest first' })
  async versions(@Root() report: ReportType, @Ctx() { loaders }: HubContext): Promise<ReportVersionType[]> {
    if (report.reportId === null) return [];
    const versions = await loaders.versions.load(report.reportId);
    const current = versions[versions.length - 1];
    return versions.map((version) => ({ ...version, isCurrent: version === current }));
  }
}
