import { docxOfXml, htmlTable, pdfBomb } from '../../bench/hostile-documents';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { TEST_ADMIN_TOKEN, jsonHeaders } from '../support/http-access';
import { HubProcess, startHubProcess } from '../support/hub-process';

const ZHANGTING = '330281109';
const MB = 1024 * 1024;
/** Each parse worker's heap: a document that needs more is refused and its worker replaced. */
const WORKER_MEMORY_MB = 64;

interface Answer {
  data?: Record<string, { status?: string } | null> | null;
  errors?: { message: string; extensions: { code: string } }[];
}

const UPLOAD = 'mutation($i: UploadReportInput!) { uploadReport(input: $i) { status } }';
const PREVIEW = 'mutation($i: UploadReportInput!) { previewReport(input: $i) { format } }';

/** Sends a document's bytes as BASE64, or `document` as it is (BASE64 text already, hostile or not). */
async function send(hub: HubProcess, query: string, document: Buffer | string, format: string): Promise<Answer> {
  const content = typeof document === 'string' ? document : document.toString('base64');
  const i = { townshipCode: ZHANGTING, year: 2019, content, encoding: 'BASE64', format };
  const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query, variables: { i } }) });
  return (await response.json()) as Answer;
}

const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions.code);

/** A test database with 宁波市's townships, and a hub in its own process on it with one parse worker and `env`. */
function hubWithOneWorker(env: Record<string, string>): { db: () => TestDatabase; hub: () => HubProcess } {
  let db: TestDatabase;
  let hub: HubProcess;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    // One worker: the upload after a refusal is read only if the worker that hit its limit was replaced.
    hub = await startHubProcess(db.config, { HUB_ADMIN_TOKEN: TEST_ADMIN_TOKEN, HUB_PARSE_WORKERS: '1', ...env });
  });
  afterAll(async () => {
    await hub.stop();
    await db.close();
  });
  return { db: () => db, hub: () => hub };
}

/**
 * Documents built to stall or exhaust whoever reads them, sent to the hub as deployed (its own
 * process, reading documents in a pool of worker threads): each is refused with its typed
 * error and nothing is stored; a worker that hits its heap limit is replaced, so the next
 * upload is read; and the hub's main thread reads no document at all.
 */
describe(`hostile documents on a hub in its own process (${TEST_DATABASE_KIND})`, () => {
  const running = hubWithOneWorker({ HUB_PARSE_MEMORY_MB: String(WORKER_MEMORY_MB) });

  const hostile: [string, () => Promise<Buffer | string>, string, string, RegExp][] = [
    // Refused at the element bound, or at the worker's heap limit if the page's first 200,000 elements fill it first.
    [
      'an HTML page with 10⁶ table cells',
      () => Promise.resolve(htmlTable(1_000_000, '1')),
      'HTML',
      'DOCUMENT_TOO_COMPLEX',
      /元素超过 200000 个|内存超过/,
    ],
    ['a .docx of a few KB holding 9.5 MB of XML', () => docxOfXml(9.5), 'DOCX', 'DOCUMENT_TOO_LARGE', /XML 部分超过 4 MB/],
    ['a PDF with a 320 MB stream', () => Promise.resolve(pdfBomb()), 'PDF', 'DOCUMENT_TOO_LARGE', /解压后超过 32 MB/],
    ['BASE64 content of a megabyte of spaces then "!"', () => Promise.resolve(`${' '.repeat(MB)}!`), 'AUTO', 'BAD_ENCODING', /BASE64/],
  ];

  it.each(hostile)(
    '%s is refused with its typed error, by preview and by upload, and nothing is stored',
    async (_name, make, format, code, message) => {
      const document = await make();
      const before = await storedRowCounts(running.db().dataSource);
      for (const query of [PREVIEW, UPLOAD]) {
        const answer = await send(running.hub(), query, document, format);
        expect(answer.data).toBeNull();
        expect(codes(answer)).toEqual([code]);
        expect(answer.errors![0].message).toMatch(message);
      }
      expect(await storedRowCounts(running.db().dataSource)).toEqual(before);
    },
  );

  it('a document that needs more than a worker heap is DOCUMENT_TOO_COMPLEX, and the next upload is read by a new worker', async () => {
    const before = await storedRowCounts(running.db().dataSource);
    const refused = await send(running.hub(), UPLOAD, htmlTable(170_000, '12345678'), 'HTML');
    expect(codes(refused)).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(refused.errors![0].message).toMatch(`内存超过 ${WORKER_MEMORY_MB} MB`);
    expect(await storedRowCounts(running.db().dataSource)).toEqual(before);

    const stored = await send(running.hub(), UPLOAD, reportFixture('zhangting-2019.txt'), 'AUTO');
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.uploadReport?.status).toBe('CREATED');
  });

  it('a damaged .docx or PDF is CORRUPT_DOCUMENT in Chinese, without the zip or PDF library message', async () => {
    const docx = await docxOfXml(1);
    const cut = Buffer.concat([docx.subarray(0, 30), Buffer.alloc(200)]);
    const pdf = Buffer.from('%PDF-1.4\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    for (const [bytes, format] of [
      [cut, 'DOCX'],
      [pdf, 'PDF'],
    ] as const) {
      const answer = await send(running.hub(), PREVIEW, bytes, format);
      expect(codes(answer)).toEqual(['CORRUPT_DOCUMENT']);
      // No run of English words: JSZip's "End of data reached … Corrupted zip ?", pdf.js' "Invalid PDF structure".
      expect(answer.errors![0].message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i);
    }
  });

  it('reads no document on its main thread: its log on stopping counts them', async () => {
    expect(await running.hub().stop()).toBe(0);
    const summary = /documents read: (\d+) by the parse workers, (\d+) stopped at a limit, (\d+) on the main thread/.exec(
      running.hub().stdout(),
    );
    expect(summary).not.toBeNull();
    const [, workers, overLimit, mainThread] = summary!.map(Number);
    // Every document sent reached a worker: the three hostile documents twice each (preview and
    // upload; the BASE64 text is refused before it is a document), the one past the heap limit,
    // the report after it and the two damaged ones.
    expect(workers + overLimit).toBe(3 * 2 + 1 + 1 + 2);
    expect(overLimit).toBeGreaterThanOrEqual(1);
    expect(mainThread).toBe(0);
  });
});

/** A parse worker's deadline: a document still being read is refused and its worker replaced. */
describe(`a document past the parse deadline, on a hub in its own process (${TEST_DATABASE_KIND})`, () => {
  /**
   * Far above the few milliseconds a text report takes (0.1 s cold), far below the 2–9 s 3.8 MB
   * of Word XML takes (2.2–2.4 s on the fastest machine it ran on: at 2 s it was read through on
   * some). The workers' heap is ample, so that the deadline, not the heap, stops it.
   */
  const TIMEOUT_MS = 500;
  const running = hubWithOneWorker({ HUB_PARSE_TIMEOUT_MS: String(TIMEOUT_MS), HUB_PARSE_MEMORY_MB: '1024' });

  // Sixty reports sent at once to one worker: the last waits longer than the deadline for its
  // turn. The deadline counts from when a worker starts reading a document (workerpool starts
  // its timer then), never the wait.
  it('does not refuse documents that wait their turn: sixty previews at once are all read', async () => {
    const report = reportFixture('zhangting-2019.txt');
    const answers = await Promise.all(Array.from({ length: 60 }, () => send(running.hub(), PREVIEW, report, 'AUTO')));
    expect(answers.map((answer) => codes(answer) ?? 'read')).toEqual(Array(60).fill('read'));
  });

  it('is DOCUMENT_TOO_COMPLEX naming HUB_PARSE_TIMEOUT_MS, nothing is stored, and the next upload is read by a new worker', async () => {
    const before = await storedRowCounts(running.db().dataSource);
    const refused = await send(running.hub(), UPLOAD, await docxOfXml(3.8), 'DOCX');
    expect(codes(refused)).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(refused.errors![0].message).toMatch(`超过 ${TIMEOUT_MS} 毫秒`);
    expect(await storedRowCounts(running.db().dataSource)).toEqual(before);

    const stored = await send(running.hub(), UPLOAD, reportFixture('zhangting-2019.txt'), 'AUTO');
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.uploadReport?.status).toBe('CREATED');
  });
});
