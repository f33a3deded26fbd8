import { DataSource } from 'typeorm';
import { ReportVersion } from '../../entities';
import { demoReports } from '../../src/generator/demo-reports';
import { ingestReports } from '../../src/storage/ingest/ingest-batch';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { UploadRequest } from '../../src/storage/ingest/upload-input';
import { loadCellSources } from '../../src/storage/store/load-cell-sources';
import { PARSER_VERSION } from '../../src/reading/parser-version';
import type { CellSource } from '../../src/reading/template/cell-source';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };
const LIZHOU = { code: '330281001', name: '梨洲街道' };

/**
 * Cell sources as a reader would give them, one per cell of table 3 (~150, as many as a real
 * report has), with text that must come back byte for byte: quotes, markup, CJK.
 */
function sourcesFor(label: string): CellSource[] {
  const sources: CellSource[] = [];
  for (let row = 0; row < 22; row++) {
    for (const [column, key] of [
      ['自然人', 'natural'],
      ['商业企业', 'commercial'],
      ['科研机构', 'research'],
      ['社会公益组织', 'publicInterest'],
      ['法律服务机构', 'legal'],
      ['其他', 'other'],
      ['总计', 'total'],
    ]) {
      const start = 1000 + row * 40 + sources.length;
      sources.push({
        cell: `applications.row${row}.${key}`,
        form: 'TEXT',
        page: null,
        rowLabel: `（${row}）${label}<b>"不予公开"</b>`,
        column,
        start,
        end: start + 1,
        text: String(row % 10),
        ...(row === 3 ? { derivedBy: 'parse.derived' } : {}),
      });
    }
  }
  return sources;
}

async function readUpload(township: { code: string; name: string }, year: number, sources: CellSource[]): Promise<UploadRequest> {
  const [report] = demoReports([township], [year]);
  const bytes = Buffer.from(report.text);
  const read = await parseDocument(bytes, 'TEXT');
  return { townshipCode: township.code, year, bytes, format: 'TEXT', read: { ...read, data: { ...read.data, cellSources: sources } } };
}

describe(`where each stored cell was read (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let client: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    dataSource = db.dataSource;
    await seedRegions(dataSource, ['330281']);
    client = await graphqlClient(dataSource);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it('is stored with an upload and shown in GraphQL exactly as read, with the version marked as an upload by this parser', async () => {
    const sources = sourcesFor('丈亭');
    await ingestReport(dataSource, await readUpload(ZHANGTING, 2019, sources));
    const { data, errors } = await client.execute<{ report: { cellSources: CellSource[]; versions: object[] } }>(
      `{ report(townshipCode: "330281109", year: 2019) {
          cellSources { cell form page rowLabel column start end text derivedBy }
          versions { number origin parserVersion isCurrent } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.report.cellSources).toEqual(sources.map((source) => ({ derivedBy: null, ...source })));
    expect(data!.report.versions).toEqual([{ number: 1, origin: 'UPLOAD', parserVersion: PARSER_VERSION, isCurrent: true }]);
  });

  it('costs a query one statement, and none when not asked for', async () => {
    const without = await client.execute('{ report(townshipCode: "330281109", year: 2019) { template } }');
    const withSources = await client.execute('{ report(townshipCode: "330281109", year: 2019) { template cellSources { cell } } }');
    expect(withSources.statements.length - without.statements.length).toBe(1);
  });

  it('is stored by the bulk path, each version with its own', async () => {
    const batch = [await readUpload(LIZHOU, 2019, sourcesFor('梨洲')), await readUpload(LIZHOU, 2020, sourcesFor('梨洲二'))];
    const outcomes = await ingestReports(dataSource, batch);
    const versionIds = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.versionId : -1));
    const stored = await loadCellSources(dataSource.manager, versionIds);
    expect(versionIds.map((id) => stored.get(id))).toEqual(batch.map((upload) => upload.read!.data.cellSources));
  });

  it('takes a fraction of its JSON in the version row', async () => {
    const versions = await dataSource.manager.find(ReportVersion, { select: { id: true, cellSources: true } });
    const json = JSON.stringify(sourcesFor('丈亭')).length;
    expect(versions.length).toBe(3);
    for (const version of versions) expect(version.cellSources!.length).toBeLessThan(json / 5);
  });

  it("of a document read by today's reader are those the reader gave", async () => {
    const [report] = demoReports([ZHANGTING], [2020]);
    const bytes = Buffer.from(report.text);
    await ingestReport(dataSource, { townshipCode: ZHANGTING.code, year: 2020, bytes, format: 'TEXT' });
    const stored = await client.execute<{ report: { cellSources: CellSource[] } }>(
      '{ report(townshipCode: "330281109", year: 2020) { cellSources { cell form page rowLabel column start end text derivedBy } } }',
    );
    const read = (await parseDocument(bytes, 'TEXT')).data.cellSources ?? [];
    expect(stored.data!.report.cellSources).toEqual(read.map((source) => ({ derivedBy: null, ...source })));
  });
});
