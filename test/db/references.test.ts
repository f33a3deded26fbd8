import { DataSource } from 'typeorm';
import { issueFingerprint } from '../../src/checks/issue-fingerprint';
import { saveDecision } from '../../src/answers/assessment/review/review-store';
import { ReviewStatus } from '../../src/answers/assessment/subject';
import { DEMO_COUNTY, loadDemoIfEmpty } from '../../src/demo/load-demo';
import { seedDemoRubricsIfEmpty } from '../../src/demo/seed-rubrics';
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { GraphQLClient, graphqlClient } from '../support/graphql';

/**
 * Every column that holds another row's key, with the table and column it names. The schema
 * declares none of them as a foreign key (the first migration says why); these are what the one
 * write path keeps true.
 */
const REFERENCES: readonly (readonly [table: string, column: string, parent: string, key: string])[] = [
  ['reports', 'township_code', 'regions', 'code'],
  ['reports', 'current_version_id', 'report_versions', 'id'],
  ['report_versions', 'report_id', 'reports', 'id'],
  ['disclosure_items', 'version_id', 'report_versions', 'id'],
  ['application_counts', 'version_id', 'report_versions', 'id'],
  ['case_outcomes', 'version_id', 'report_versions', 'id'],
  ['publication_counts', 'version_id', 'report_versions', 'id'],
  ['narrative_sections', 'version_id', 'report_versions', 'id'],
  ['narrative_counts', 'version_id', 'report_versions', 'id'],
  ['report_issues', 'version_id', 'report_versions', 'id'],
  ['issue_reviews', 'township_code', 'regions', 'code'],
  ['rubric_versions', 'region_code', 'regions', 'code'],
  ['rubric_criteria', 'rubric_version_id', 'rubric_versions', 'id'],
  ['audit_events', 'report_id', 'reports', 'id'],
];

type Reference = (typeof REFERENCES)[number];

/** How many rows of the table name a key, and how many of those name one that no row of the parent has. */
async function referenceCounts(dataSource: DataSource, [table, column, parent, key]: Reference): Promise<{ set: number; orphans: number }> {
  const q = (name: string) => dataSource.driver.escape(name);
  const [row] = await dataSource.query<{ set: string | number; orphans: string | number }[]>(
    `SELECT COUNT(c.${q(column)}) AS ${q('set')}, COUNT(c.${q(column)}) - COUNT(p.${q(key)}) AS orphans
     FROM ${q(table)} c LEFT JOIN ${q(parent)} p ON p.${q(key)} = c.${q(column)}`,
  );
  return { set: Number(row.set), orphans: Number(row.orphans) };
}

describe(`references between rows, kept without foreign keys (${TEST_DATABASE_KIND})`, () => {
  const ZHANGTING = { code: '330281109', name: '丈亭镇' };
  let db: TestDatabase;
  let client: GraphQLClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, [DEMO_COUNTY]);
    client = await graphqlClient(db.dataSource);
    // A batch (the demo: 41 reports in one transaction) and the demo's rubrics.
    await loadDemoIfEmpty(db.dataSource);
    await seedDemoRubricsIfEmpty(db.dataSource);
    // Single uploads: a new year through the API (an audited mutation), then a re-upload of it with other content.
    const [next] = demoReportData([ZHANGTING], [2021]);
    const upload = `mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }`;
    const created = await client.execute(upload, { input: { townshipCode: ZHANGTING.code, year: 2021, content: renderText(next.data) } });
    expect(created.data).toEqual({ uploadReport: { status: 'CREATED' } });
    next.data.channels = { ...next.data.channels, website: (next.data.channels?.website ?? 0) + 1 };
    const updated = await ingestReport(db.dataSource, {
      townshipCode: ZHANGTING.code,
      year: 2021,
      bytes: Buffer.from(renderText(next.data)),
      format: 'TEXT',
    });
    expect(updated.status).toBe('UPDATED');
    // An evaluator's decision and a token, the rest of what the hub writes.
    const data = (await loadCurrentData(db.dataSource.manager, ZHANGTING.code, 2019))!;
    const decision = { status: ReviewStatus.DISMISSED, comment: '表格合并单元格所致', reviewer: '评估员', decidedAt: new Date() };
    await saveDecision(
      db.dataSource.manager,
      { townshipCode: ZHANGTING.code, year: 2019, fingerprint: issueFingerprint(data.issues[0], data) },
      decision,
    );
    const token = await client.execute(`mutation { createApiToken(input: { name: "分析员", role: ANALYST }) { apiToken { id } } }`);
    expect(token.errors).toBeUndefined();
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it.each(REFERENCES.map((reference) => [`${reference[0]}.${reference[1]}`, reference] as const))(
    '%s names only rows that exist',
    async (_, reference) => {
      const { set, orphans } = await referenceCounts(db.dataSource, reference);
      // Rows to check, so that no orphan is not merely no row.
      expect(set).toBeGreaterThan(0);
      expect(orphans).toBe(0);
    },
  );

  it("makes each report's current version one of its own", async () => {
    const [row] = await db.dataSource.query<{ strays: string | number }[]>(
      'SELECT COUNT(*) AS strays FROM reports r JOIN report_versions v ON v.id = r.current_version_id WHERE v.report_id <> r.id',
    );
    expect(Number(row.strays)).toBe(0);
  });

  it('would find a row whose version does not exist', async () => {
    const reference = REFERENCES.find(([table]) => table === 'publication_counts')!;
    const q = (name: string) => db.dataSource.driver.escape(name);
    const [{ missing }] = await db.dataSource.query<{ missing: number }[]>(`SELECT MAX(id) + 1000 AS missing FROM report_versions`);
    await db.dataSource.query(
      `INSERT INTO publication_counts (version_id, ${q('metric')}, ${q('value')}, ${q('source')}, evidence) VALUES (?, 'channels.website', 1, 'table', '')`,
      [missing],
    );
    try {
      expect((await referenceCounts(db.dataSource, reference)).orphans).toBe(1);
    } finally {
      await db.dataSource.query('DELETE FROM publication_counts WHERE version_id = ?', [missing]);
    }
  });
});
