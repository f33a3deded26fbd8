import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../src/api/auth/access';
import { checkTownshipScope } from '../src/api/auth/township-scope';
import { HubContext } from '../src/api/graphql/context';
import { ParsedUpload, parseUpload } from '../src/storage/ingest/parse-upload';
import { ingestReport } from '../src/storage/ingest/ingest-report';
import { UploadRequest, decodeContent } from '../src/storage/ingest/upload-input';
import { findCurrentReport, versionToLoad } from '../src/storage/store/current-report';
import { requireTownship } from '../src/storage/store/regions';
import { reportView } from './report-view';
import { derivedCells, tableReadings } from './table-readings';
import { CellSourceType } from './types/cell-source.type';
import { ReportType, ReportVersionType } from './types/report.type';
import { ContentEncoding, ReportFormat, UploadReportInput } from './types/upload-report.input';
import { SaveStatus } from '../src/storage/store/save-report';
import { ReportPreview, UploadReportResult, UploadStatus } from './types/upload-report.result';

const UPLOAD_STATUS: Record<SaveStatus, UploadStatus> = {
  CREATED: UploadStatus.CREATED,
  UPDATED: UploadStatus.UPDATED,
  UNCHANGED: UploadStatus.UNCHANGED,
};

/** The upload as the ingest path takes it, once the actor may upload for the township and the document is within size. */
function uploadRequest(input: UploadReportInput, { actor, limits }: HubContext): UploadRequest {
  checkTownshipScope(actor, input.townshipCode);
  return {
    townshipCode: input.townshipCode,
    year: input.year,
    bytes: decodeContent(input.content, input.encoding ?? ContentEncoding.UTF8, limits.maxUploadBytes),
    format: input.format ?? ReportFormat.AUTO,
    publishedOn: input.publishedOn,
    // Who uploads is who the token says.
    uploadedBy: actor.name,
  };
}

function parsedView(parsed: ParsedUpload, stored: { reportId: number; versionId: number } | null): ReportType {
  const { township, year, isDemo } = parsed;
  return reportView({ township, year, isDemo, reportId: stored?.reportId ?? null, versionId: stored?.versionId ?? null }, parsed.data);
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
    const shown = { township, year, isDemo: current.report.isDemo, reportId: current.report.id, versionId: current.version.id };
    return reportView(shown, data);
  }

  @Authorized(ACCESS.upload)
  @Mutation(() => UploadReportResult, { description: "Reads, checks and stores a township's report as its newest version" })
  async uploadReport(
    @Arg('input') input: UploadReportInput,
    @Ctx() context: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UploadReportResult> {
    const result = await ingestReport(context.dataSource, uploadRequest(input, context), context.parse);
    const outcome = { reportId: result.reportId, versionNumber: result.versionNumber, documentHash: result.parsed.contentHash };
    context.uploads.set(String(info.path.key), outcome);
    const report = parsedView(result.parsed, result);
    return { status: UPLOAD_STATUS[result.status], report, issues: report.issues };
  }

  @Authorized(ACCESS.upload)
  @Mutation(() => ReportPreview, { description: 'The same reading and checks as uploadReport; nothing is stored' })
  async previewReport(@Arg('input') input: UploadReportInput, @Ctx() context: HubContext): Promise<ReportPreview> {
    const parsed = await parseUpload(context.dataSource, uploadRequest(input, context), context.parse);
    const report = parsedView(parsed, null);
    return {
      format: parsed.format,
      report,
      issues: report.issues,
      tables: tableReadings(parsed.data),
      derivedCells: derivedCells(parsed.data),
    };
  }

  @FieldResolver(() => [ReportVersionType], { description: 'Every uploaded version, oldest first' })
  async versions(@Root() report: ReportType, @Ctx() { loaders }: HubContext): Promise<ReportVersionType[]> {
    if (report.reportId === null) return [];
    const versions = await loaders.versions.load(report.reportId);
    const current = versions[versions.length - 1];
    return versions.map((version) => ({ ...version, isCurrent: version === current }));
  }

  @FieldResolver(() => [CellSourceType], {
    description:
      "Where each cell was read: the form, page, row label and column as written, offsets in the document's extracted text and the text there",
  })
  async cellSources(@Root() report: ReportType, @Ctx() { loaders }: HubContext): Promise<CellSourceType[]> {
    const sources = report.readCellSources ?? (report.versionId === null ? [] : await loaders.cellSources.load(report.versionId));
    return sources.map((source) => ({ ...source, derivedBy: source.derivedBy ?? null }));
  }
}
