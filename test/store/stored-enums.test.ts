import { DataSource } from 'typeorm';
import { ReviewStatus } from '../../src/answers/assessment/subject';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { checkCriteria } from '../../src/answers/assessment/rubric';
import { loadDecisions, saveDecision } from '../../src/answers/assessment/review/review-store';
import { createRubricVersion, findRubric } from '../../src/answers/assessment/store/rubric-store';
import { Role } from '../../src/api/auth/roles';
import { createToken, listTokens, tokenActor } from '../../src/api/auth/token-store';
import { UnknownStoredValueError, storedEnum } from '../../src/core/stored-enum';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { requireTownship } from '../../src/storage/store/regions';
import { reportFixture } from '../support/fixtures';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

describe('storedEnum', () => {
  const level = storedEnum('t.level', ['LOW', 'HIGH'] as const);

  it('gives back a known value as its type', () => {
    expect(level('HIGH')).toBe('HIGH');
  });

  it('refuses an unknown one, naming the column, the value and what it may be', () => {
    expect(() => level('high')).toThrow(new UnknownStoredValueError('t.level', 'high', ['LOW', 'HIGH']));
    expect(() => level('high')).toThrow('t.level holds "high", which is none of LOW, HIGH');
    expect(() => level(null)).toThrow(UnknownStoredValueError);
  });
});

/**
 * A row whose varchar column holds a word the hub does not know (written by hand, by another
 * build, by a half-applied migration) is refused where it is read, not handed on as a type it is not.
 */
describe(`varchar columns read back through their checks (${TEST_DATABASE_KIND})`, () => {
  const TOWNSHIP = '330281109';
  const YEAR = 2019;
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    // The real report: it has issues, counts with their sources and case outcomes, a row of each table read here.
    await ingestReport(db.dataSource, { townshipCode: TOWNSHIP, year: YEAR, bytes: reportFixture('zhangting-2019.txt'), format: 'TEXT' });
  });
  afterAll(() => db.close());

  /**
   * Runs `read` with one column of one row set to `bad`, then puts the value back: the row whose
   * `keyColumn` is `key`, or the table's first row by `keyColumn` (a column no two rows share: the
   * database holds one report).
   */
  async function withStored<T>(
    [table, column]: [string, string],
    bad: string,
    read: () => Promise<T>,
    [keyColumn, key]: [string, unknown] = ['id', null],
  ): Promise<T> {
    const escape = (name: string) => db.dataSource.driver.escape(name);
    const [row] = await db.dataSource.query<{ key: unknown; original: string }[]>(
      `SELECT ${escape(keyColumn)} AS ${escape('key')}, ${escape(column)} AS original FROM ${escape(table)}
       WHERE ${escape(keyColumn)} = COALESCE(?, ${escape(keyColumn)}) ORDER BY ${escape(keyColumn)} LIMIT 1`,
      [key],
    );
    const update = `UPDATE ${escape(table)} SET ${escape(column)} = ? WHERE ${escape(keyColumn)} = ?`;
    await db.dataSource.query(update, [bad, row.key]);
    try {
      return await read();
    } finally {
      await db.dataSource.query(update, [row.original, row.key]);
    }
  }

  const loadReport = (dataSource: DataSource) => loadCurrentData(dataSource.manager, TOWNSHIP, YEAR);

  it('reads the stored report whole while every value is known', async () => {
    const data = (await loadReport(db.dataSource))!;
    expect(data.template).toBe('2019');
    expect(data.issues.length).toBeGreaterThan(0);
    expect(data.issues.every((issue) => ['error', 'warning', 'info'].includes(issue.severity))).toBe(true);
    expect(Object.values(data.countSources ?? {}).length).toBeGreaterThan(0);
    expect(data.review).toBeDefined();
  });

  it.each([
    ['report_versions', 'template', '2018', 'id'],
    ['report_issues', 'severity', 'fatal', 'position'],
    ['publication_counts', 'source', 'guess', 'metric'],
    ['case_outcomes', 'case_group', 'appeal', 'case_group'],
  ])('refuses a report whose %s.%s holds %j', async (table, column, bad, keyColumn) => {
    await expect(withStored([table, column], bad, () => loadReport(db.dataSource), [keyColumn, null])).rejects.toThrow(
      `${table}.${column} holds "${bad}"`,
    );
  });

  it('refuses a region whose level is not one of the four', async () => {
    await expect(
      withStored(['regions', 'level'], 'VILLAGE', () => requireTownship(db.dataSource.manager, TOWNSHIP), ['code', TOWNSHIP]),
    ).rejects.toThrow('regions.level holds "VILLAGE"');
  });

  it("refuses a token's unknown role", async () => {
    await createToken(db.dataSource.manager, { name: '分析员', role: Role.ANALYST, townshipCodes: [] });
    const actors = withStored(['api_tokens', 'role'], 'ROOT', async () => (await listTokens(db.dataSource.manager)).map(tokenActor));
    await expect(actors).rejects.toThrow('api_tokens.role holds "ROOT"');
  });

  it("refuses a review's unknown status", async () => {
    const key = { townshipCode: TOWNSHIP, year: YEAR, fingerprint: 'f'.repeat(64) };
    await saveDecision(db.dataSource.manager, key, {
      status: ReviewStatus.DISMISSED,
      comment: '',
      reviewer: '评估员',
      decidedAt: new Date(),
    });
    await expect(withStored(['issue_reviews', 'status'], 'MAYBE', () => loadDecisions(db.dataSource.manager, [key]))).rejects.toThrow(
      'issue_reviews.status holds "MAYBE"',
    );
  });

  it("refuses a rubric criterion's unknown rule kind", async () => {
    const criteria = checkCriteria(DEFAULT_CRITERIA);
    await createRubricVersion(db.dataSource, { regionCode: '330281', year: YEAR, criteria, note: null, createdBy: '评估员' });
    const rubric = () => findRubric(db.dataSource.manager, '330281', YEAR, null);
    expect((await rubric())!.criteria.length).toBe(criteria.length);
    await expect(withStored(['rubric_criteria', 'rule_kind'], 'LOTTERY', rubric)).rejects.toThrow(
      'rubric_criteria.rule_kind holds "LOTTERY"',
    );
  });
});
