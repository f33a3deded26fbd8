import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { RunningHub, serveHub } from '../../src/hub';
import { organizationName } from '../../src/generator/demo-reports';
import { applyFlaws, type Flaw } from '../../src/generator/flaws';
import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { createTestToken } from '../support/tokens';

const REGION = '330281';
const LIZHOU = { code: '330281001', name: '梨洲街道' };
const FENGSHAN = '330281002';
const YEAR = 2020;

interface Issue {
  rule: string;
  cells: string[];
  fingerprint: string;
}
interface NoticeIssue {
  fingerprint: string;
  state: string;
  explanation: string | null;
  resolvedByVersion: number | null;
}
interface Notice {
  id: string;
  state: string;
  overdue: boolean;
  dueDate: string;
  settledOn: string | null;
  issues: NoticeIssue[];
  history: { state: string; actor: string; note: string }[];
}
interface Criterion {
  key: string;
  points: number;
  evidence: { text: string }[];
}
interface Result {
  township: { code: string };
  criteria: Criterion[];
}

const NOTICE = 'id state overdue dueDate settledOn issues { fingerprint state explanation resolvedByVersion } history { state actor note }';
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';
const ISSUES = 'query($code: String!, $year: Int!) { report(townshipCode: $code, year: $year) { issues { rule cells fingerprint } } }';
const REVIEW = 'mutation($input: ReviewIssueInput!) { reviewIssue(input: $input) { fingerprint } }';
const CREATE = `mutation($input: CreateNoticeInput!) { createRectificationNotice(input: $input) { ${NOTICE} } }`;
const step = (name: string) => `mutation($input: NoticeStepInput!) { ${name}(input: $input) { ${NOTICE} } }`;
const ANSWER = `mutation($input: AnswerNoticeIssueInput!) { answerRectificationIssue(input: $input) { ${NOTICE} } }`;
const ONE = `query($id: ID!) { rectificationNotice(id: $id) { ${NOTICE} } }`;
const MINE = `{ me { notices { ${NOTICE} } } }`;
const LIST = `query($filter: NoticeFilter) { rectificationNotices(filter: $filter) { ${NOTICE} township { code } } }`;

/** 梨洲街道's 2020 report with the given flaws: each row total off and a late date is an issue of its own. */
function reportText(flaws: Flaw[]): string {
  const data = generateReport({
    organization: organizationName(LIZHOU.name),
    year: YEAR,
    template: '2019',
    seed: 'rectification',
    publishedOn: '2021-01-20',
  });
  return renderText(applyFlaws(data, flaws));
}

const THREE_FLAWS: Flaw[] = [
  { kind: 'rowTotalOff', row: 'newReceived' },
  { kind: 'rowTotalOff', row: 'granted' },
  { kind: 'late', publishedOn: '2021-03-15' },
];

function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

function errorCode(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}

describe(`rectification notices (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  let evaluator: GraphQLClient;
  let clerk: GraphQLClient;
  let otherClerk: GraphQLClient;
  let issues: Issue[];
  const secrets = { evaluator: '', clerk: '', otherClerk: '' };

  const upload = (flaws: Flaw[]) =>
    clerk.execute<{ uploadReport: { status: string } }>(UPLOAD, {
      input: { townshipCode: LIZHOU.code, year: YEAR, content: reportText(flaws) },
    });
  const notice = async (client: GraphQLClient, id: string) =>
    ok(await client.execute<{ rectificationNotice: Notice }>(ONE, { id })).rectificationNotice;
  const stepOn = async (client: GraphQLClient, name: string, id: string, note?: string) =>
    client.execute<Record<string, Notice>>(step(name), { input: { id, note } });
  const answer = (client: GraphQLClient, id: string, fingerprint: string) =>
    client.execute<{ answerRectificationIssue: Notice }>(ANSWER, {
      input: { id, fingerprint, explanation: '该渠道本年度未开设，已在报告中说明' },
    });
  const create = async (fingerprints: string[], dueDate: string) =>
    ok(
      await evaluator.execute<{ createRectificationNotice: Notice }>(CREATE, {
        input: { townshipCode: LIZHOU.code, year: YEAR, fingerprints, dueDate, comment: '请按期整改' },
      }),
    ).createRectificationNotice;
  const fingerprintOf = (rule: string, cell: string) =>
    issues.find((issue) => issue.rule === rule && issue.cells.includes(cell))!.fingerprint;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, [REGION]);
    admin = await graphqlClient(db.dataSource);
    secrets.evaluator = await createTestToken(admin, '考核组', 'EVALUATOR');
    secrets.clerk = await createTestToken(admin, LIZHOU.name, 'UPLOADER', [LIZHOU.code]);
    secrets.otherClerk = await createTestToken(admin, '凤山街道', 'UPLOADER', [FENGSHAN]);
    evaluator = admin.withToken(secrets.evaluator);
    clerk = admin.withToken(secrets.clerk);
    otherClerk = admin.withToken(secrets.otherClerk);
    expect(ok(await upload(THREE_FLAWS)).uploadReport.status).toBe('CREATED');
    issues = ok(await admin.execute<{ report: { issues: Issue[] } }>(ISSUES, { code: LIZHOU.code, year: YEAR })).report.issues;
    for (const { fingerprint } of issues) {
      ok(await evaluator.execute(REVIEW, { input: { townshipCode: LIZHOU.code, year: YEAR, fingerprint, status: 'CONFIRMED' } }));
    }
  });
  afterAll(async () => {
    await admin.stop();
    await db.close();
  });

  it('refuses an issue that is not confirmed, and a due date that is no date', async () => {
    const created = await evaluator.execute(CREATE, {
      input: { townshipCode: LIZHOU.code, year: YEAR, fingerprints: ['0'.repeat(32)], dueDate: '2099-12-31' },
    });
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    const badDate = await evaluator.execute(CREATE, {
      input: { townshipCode: LIZHOU.code, year: YEAR, fingerprints: [issues[0].fingerprint], dueDate: '2099-02-30' },
    });
    expect(badDate.errors?.[0]?.message).toContain('2099-02-30');
  });

  it('walks a notice through every state; a re-upload fixing two of three issues leaves one open', async () => {
    const newReceived = fingerprintOf('applications.rowTotal', 'applications.newReceived.total');
    const granted = fingerprintOf('applications.rowTotal', 'applications.granted.total');
    const late = fingerprintOf('report.late', 'publishedOn');
    const issued = await create([newReceived, granted, late], '2099-12-31');
    expect(issued).toMatchObject({ state: 'OPEN', overdue: false, settledOn: null });
    expect(issued.history).toEqual([{ state: 'OPEN', actor: '考核组', note: '请按期整改' }]);

    // Only the late date stays wrong in version 2.
    expect(ok(await upload([{ kind: 'late', publishedOn: '2021-03-15' }])).uploadReport.status).toBe('UPDATED');
    const afterFix = await notice(clerk, issued.id);
    expect(afterFix.state).toBe('OPEN');
    const byFingerprint = new Map(afterFix.issues.map((issue) => [issue.fingerprint, issue]));
    expect(byFingerprint.get(newReceived)).toMatchObject({ state: 'RESOLVED', resolvedByVersion: 2 });
    expect(byFingerprint.get(granted)).toMatchObject({ state: 'RESOLVED', resolvedByVersion: 2 });
    expect(byFingerprint.get(late)).toMatchObject({ state: 'OPEN', resolvedByVersion: null });

    expect((await stepOn(clerk, 'submitRectificationNotice', issued.id)).errors?.[0]?.message).toContain('还有 1 个问题');
    ok(await answer(clerk, issued.id, late));
    const submitted = ok(await stepOn(clerk, 'submitRectificationNotice', issued.id, '已说明')).submitRectificationNotice;
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.history.at(-1)).toEqual({ state: 'SUBMITTED', actor: LIZHOU.name, note: '已说明' });

    expect(errorCode(await stepOn(evaluator, 'returnRectificationNotice', issued.id))).toBe('BAD_USER_INPUT');
    const returned = ok(
      await stepOn(evaluator, 'returnRectificationNotice', issued.id, '说明不充分，请更正发布日期'),
    ).returnRectificationNotice;
    expect(returned.state).toBe('RETURNED');
    expect(returned.issues.find((issue) => issue.fingerprint === late)).toMatchObject({ state: 'OPEN' });

    ok(await answer(clerk, issued.id, late));
    ok(await stepOn(clerk, 'submitRectificationNotice', issued.id));
    const accepted = ok(await stepOn(evaluator, 'acceptRectificationNotice', issued.id)).acceptRectificationNotice;
    expect(accepted.state).toBe('ACCEPTED');
    expect(accepted.settledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(errorCode(await stepOn(clerk, 'answerRectificationIssue', issued.id))).toBeDefined();
    const archived = ok(await stepOn(evaluator, 'archiveRectificationNotice', issued.id)).archiveRectificationNotice;
    expect(archived.history.map((entry) => entry.state)).toEqual(['OPEN', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'ACCEPTED', 'ARCHIVED']);
    expect(archived.history.map((entry) => entry.actor)).toEqual(['考核组', LIZHOU.name, '考核组', LIZHOU.name, '考核组', '考核组']);
  });

  it('scores an overdue notice in the rubric, and a new version answering all of it submits it by itself', async () => {
    const late = fingerprintOf('report.late', 'publishedOn');
    const overdue = await create([late], '2021-06-30');
    const listed = ok(await evaluator.execute<{ rectificationNotices: Notice[] }>(LIST, { filter: { overdue: true, regionCode: REGION } }));
    expect(listed.rectificationNotices.map((n) => n.id)).toEqual([overdue.id]);
    expect(listed.rectificationNotices[0].overdue).toBe(true);

    const criteria = [
      ...DEFAULT_CRITERIA,
      { key: 'rectification', label: '整改落实', maxPoints: 6, kind: 'RECTIFICATION', parameters: { deductionPerNotice: 2 } },
    ];
    ok(
      await evaluator.execute('mutation($input: RubricInput!) { updateRubric(input: $input) { version } }', {
        input: { regionCode: REGION, year: YEAR, criteria },
      }),
    );
    const scored = async () => {
      const { assessment } = ok(
        await evaluator.execute<{ assessment: Result[] }>(
          'query($y: Int!, $r: String!) { assessment(year: $y, regionCode: $r) { township { code } criteria { key points evidence { text } } } }',
          { y: YEAR, r: REGION },
        ),
      );
      return assessment.find((result) => result.township.code === LIZHOU.code)!.criteria.find((c) => c.key === 'rectification')!;
    };
    const before = await scored();
    expect(before.points).toBe(4);
    expect(before.evidence[0].text).toContain(`整改通知 ${overdue.id} 未在 2021-06-30 前整改通过`);

    // Version 3 publishes on time: the late issue is gone, and the notice goes to the evaluator
    // by itself, in the name of the token that uploaded it.
    ok(await upload([]));
    const submitted = await notice(evaluator, overdue.id);
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.history.at(-1)).toMatchObject({ state: 'SUBMITTED', actor: LIZHOU.name });
    expect(submitted.overdue).toBe(true);
    expect((await scored()).points).toBe(4);
  });

  it('shows an UPLOADER its own notices only, and lets it answer none of another township', async () => {
    const mine = ok(await clerk.execute<{ me: { notices: Notice[] } }>(MINE)).me.notices;
    expect(mine.length).toBe(2);
    expect(ok(await otherClerk.execute<{ me: { notices: Notice[] } }>(MINE)).me.notices).toEqual([]);
    const id = mine[0].id;
    expect(errorCode(await otherClerk.execute(ONE, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await answer(otherClerk, id, mine[0].issues[0].fingerprint))).toBe('FORBIDDEN');
    expect(errorCode(await stepOn(otherClerk, 'submitRectificationNotice', id))).toBe('FORBIDDEN');
    expect(errorCode(await otherClerk.execute(LIST, {}))).toBe('FORBIDDEN');
    expect(errorCode(await clerk.execute(ONE, { id: '999999' }))).toBe('NOT_FOUND');
  });

  describe('downloads', () => {
    let hub: RunningHub;
    beforeAll(async () => {
      hub = await serveHub(db.dataSource, 0);
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => hub.server.close(() => resolve()));
      await hub.apollo.stop();
    });
    const download = (path: string, secret: string | null) =>
      fetch(`${hub.url.replace(/\/graphql$/, '')}${path}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} });
    const sheetRows = async (response: Response): Promise<unknown[][]> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const LIST_PATH = `/export/notices.xlsx?regionCode=${REGION}&year=${YEAR}`;

    it('lists every issue of the region’s notices for an evaluator, the own township’s only for an UPLOADER', async () => {
      const response = await download(LIST_PATH, secrets.evaluator);
      expect(response.status).toBe(200);
      const rows = await sheetRows(response);
      expect(rows[0].slice(0, 6)).toEqual(['乡镇代码', '乡镇', '年度', '通知编号', '问题', '问题说明']);
      // The walked notice's three issues and the overdue notice's one.
      expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual(Array(4).fill([LIZHOU.code, LIZHOU.name, YEAR]));
      expect(rows.slice(1).map((row) => row[9])).toEqual(['已提交', '已归档', '已归档', '已归档']);
      expect(rows[1][10]).toBe('逾期');
      expect((await sheetRows(await download(LIST_PATH, secrets.clerk))).length).toBe(5);
      expect((await sheetRows(await download(LIST_PATH, secrets.otherClerk))).length).toBe(1);
      expect((await download(LIST_PATH, null)).status).toBe(401);
    });

    it('makes a Word 整改通知 for the township, and refuses it to another township', async () => {
      const mine = ok(await clerk.execute<{ me: { notices: Notice[] } }>(MINE)).me.notices;
      const walked = mine.find((n) => n.state === 'ARCHIVED')!;
      const response = await download(`/export/notice.docx?id=${walked.id}`, secrets.clerk);
      expect(response.status).toBe(200);
      const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file('word/document.xml')!.async('string');
      expect(xml).toContain(`关于${LIZHOU.name}${YEAR}年度政府信息公开工作年度报告问题的整改通知`);
      expect(xml).toContain('2099年12月31日前完成整改');
      expect(xml).toContain('三、');
      expect((await download(`/export/notice.docx?id=${walked.id}`, secrets.otherClerk)).status).toBe(403);
      expect((await download('/export/notice.docx?id=999999', secrets.evaluator)).status).toBe(404);
    });
  });

  describe('the response cache', () => {
    it('is not served from the response cache the day after: a notice becomes overdue with no write', async () => {
      const cached = await graphqlClient(db.dataSource, { responseCacheBytes: 1024 * 1024 });
      // Late again in version 4: the confirmed issue is back, for a notice of its own.
      ok(await upload([{ kind: 'late', publishedOn: '2021-03-15' }]));
      const notice = await create([fingerprintOf('report.late', 'publishedOn')], '2098-01-01');
      const overdueIds = async () => {
        const { rectificationNotices } = ok(
          await cached.withToken(secrets.evaluator).execute<{ rectificationNotices: Notice[] }>(LIST, { filter: { overdue: true } }),
        );
        return rectificationNotices.map((n) => n.id);
      };
      // The clock alone moves (China time): no write between the two questions, so the data generation stays.
      const timers = [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'setImmediate',
        'clearImmediate',
        'nextTick',
        'queueMicrotask',
      ] as const;
      jest.useFakeTimers({ doNotFake: [...timers, 'hrtime', 'performance'] });
      try {
        jest.setSystemTime(new Date('2098-01-01T23:00:00+08:00'));
        expect(await overdueIds()).not.toContain(notice.id);
        expect(await overdueIds()).not.toContain(notice.id);
        jest.setSystemTime(new Date('2098-01-02T00:30:00+08:00'));
        expect(await overdueIds()).toContain(notice.id);
      } finally {
        jest.useRealTimers();
        await cached.stop();
      }
    });
  });
});
