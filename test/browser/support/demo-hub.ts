import { DataSource } from 'typeorm';
import { DEMO_COUNTY, DEMO_YEARS, loadDemoIfEmpty } from '../../../src/demo/load-demo';
import { demoReports } from '../../../src/generator/demo-reports';
import { ingestReports } from '../../../src/storage/ingest/ingest-batch';
import { requireRegion, townshipsUnder } from '../../../src/storage/store/regions';
import { seedDemoRubricsIfEmpty } from '../../../src/demo/seed-rubrics';
import { DEFAULT_CRITERIA } from '../../../src/answers/assessment/default-rubric';
import { checkCriteria } from '../../../src/answers/assessment/rubric';
import { createRubricVersion } from '../../../src/answers/assessment/store/rubric-store';
import { RunningHub, serveHub } from '../../../src/hub';
import { DEFAULT_LIMITS, LimitConfig } from '../../../src/api/graphql/limits/limit-config';
import { openTestDatabase, seedRegions } from '../../support/database';
import { TEST_ADMIN_TOKEN, jsonHeaders, testServeSettings } from '../../support/http-access';

export interface TestHub {
  hub: RunningHub;
  /** http://localhost:<port> */
  origin: string;
  /** A new API token with the role (for an UPLOADER, of the townships given). */
  token(role: 'ADMIN' | 'UPLOADER' | 'EVALUATOR' | 'ANALYST', townshipCodes?: string[]): Promise<string>;
  close(): Promise<void>;
}

async function createToken(url: string, role: string, townshipCodes: string[]): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: jsonHeaders(TEST_ADMIN_TOKEN),
    body: JSON.stringify({
      query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      variables: { input: { name: `浏览器测试 ${role}`, role, townshipCodes } },
    }),
  });
  const body = (await response.json()) as { data?: { createApiToken: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`createApiToken failed: ${JSON.stringify(body.errors)}`);
  return body.data.createApiToken.token;
}

/** The default rubric for the region and the demo years, so a generated city has scores (the demo seeds its county's only). */
async function seedRubrics(dataSource: DataSource, regionCode: string): Promise<void> {
  const criteria = checkCriteria(DEFAULT_CRITERIA);
  for (const year of DEMO_YEARS)
    await createRubricVersion(dataSource, { regionCode, year, criteria, note: '默认考核细则', createdBy: '测试' });
}

/** Generated reports for the demo years of every township under the region the demo left without one, in one batch. */
async function generateReportsUnder(dataSource: DataSource, regionCode: string): Promise<void> {
  const region = await requireRegion(dataSource.manager, regionCode);
  const demo = new Set((await townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, DEMO_COUNTY))).map((t) => t.code));
  const townships = (await townshipsUnder(dataSource.manager, region)).filter((t) => !demo.has(t.code));
  const reports = demoReports(townships, DEMO_YEARS).map((report) => ({
    townshipCode: report.townshipCode,
    year: report.year,
    bytes: Buffer.from(report.text, 'utf8'),
    format: 'TEXT' as const,
    isDemo: true,
  }));
  const rejected = (await ingestReports(dataSource, reports)).find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/**
 * The hub as `npm start` runs it, on a test database and a free port, with the test admin
 * token: the demo city with its reports and rubrics, or (demo: false) its regions only; under
 * the default limits unless given.
 */
export async function startTestHub({
  demo,
  limits = DEFAULT_LIMITS,
  regions = [DEMO_COUNTY],
  generate,
}: {
  demo: boolean;
  limits?: LimitConfig;
  /** Code prefixes of the regions seeded (the demo city's by default; '3302' for all of 宁波市). */
  regions?: string[];
  /** A region whose other townships get generated reports for the demo years too (a whole city, say), and the default rubric. */
  generate?: string;
}): Promise<TestHub> {
  const db = await openTestDatabase();
  await seedRegions(db.dataSource, regions);
  if (demo) {
    await loadDemoIfEmpty(db.dataSource);
    await seedDemoRubricsIfEmpty(db.dataSource);
  }
  if (generate) {
    await generateReportsUnder(db.dataSource, generate);
    await seedRubrics(db.dataSource, generate);
  }
  const hub = await serveHub(db.dataSource, 0, testServeSettings({}, limits));
  return {
    hub,
    origin: new URL(hub.url).origin,
    token: (role, townshipCodes = []) => createToken(hub.url, role, townshipCodes),
    async close() {
      await new Promise<void>((resolve) => hub.server.close(() => resolve()));
      await hub.apollo.stop();
      await db.close();
    },
  };
}
