import zlib from 'node:zlib';
import JSZip from 'jszip';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { TEST_ADMIN_TOKEN, jsonHeaders } from '../support/http-access';
import { HubProcess, startHubProcess } from '../support/hub-process';

const ZHANGTING = '330281109';
const MB = 1024 * 1024;
/** Each parse worker's heap: a document that needs more is refused and its worker replaced. */
const WORKER_MEMORY_MB = 64;

/** An HTML page of one table, `cells` cells of `text` ten to a row. */
function htmlTable(cells: number, text: string): Buffer {
  const row = `<tr>${`<td>${text}</td>`.repeat(10)}</tr>`;
  return Buffer.from(
    `<html><body><h1>丈亭镇人民政府2019年政府信息公开工作年度报告</h1><table>${row.repeat(cells / 10)}</table></body></html>`,
  );
}

/** A .docx whose ~50 KB hold 9.5 MB of Word XML (mammoth reads a megabyte a second). */
async function docxBomb(): Promise<Buffer> {
  const paragraph = '<w:p><w:r><w:t>丈亭镇人民政府</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((9.5 * MB) / paragraph.length));
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return new JSZip()
    .file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    .file('word/document.xml', xml)
    .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * A one-page PDF whose content stream inflates to 320 MB of spaces. The Flate data is built
 * from one compressed megabyte repeated (each ends byte-aligned and references nothing before
 * it, so the copies chain into one valid stream) rather than by compressing 320 MB here.
 */
function pdfBomb(): Buffer {
  const megabyte = zlib.deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array<Buffer>(320).fill(megabyte), Buffer.from([0x03, 0x00])]);
  return Buffer.concat([
    Buffer.from(
      [
        '%PDF-1.4',
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
        `4 0 obj << /Length ${stream.length} /Filter /FlateDecode >>`,
        'stream\n',
      ].join('\n'),
    ),
    stream,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

interface Answer {
  data?: Record<string, { status?: string } | null> | null;
  errors?: { message: string; extensions: { code: string } }[];
}

const UPLOAD = 'mutation($i: UploadReportInput!) { uploadReport(input: $i) { status } }';
const PREVIEW = 'mutation($i: UploadReportInput!) { previewReport(input: $i) { format } }';

/**
 * Documents built to stall or exhaust whoever reads them, sent to the hub as deployed (its own
 * process, reading documents in a pool of worker threads): each is refused with its typed
 * error and nothing is stored; a worker that hits its heap limit is replaced, so the next
 * upload is read; and the hub's main thread reads no document at all.
 */
describe(`hostile documents on a hub in its own process (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: HubProcess;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    // One worker: the upload after a refusal is read only if the worker that hit its limit was replaced.
    hub = await startHubProcess(db.config, {
      HUB_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      HUB_PARSE_WORKERS: '1',
      HUB_PARSE_MEMORY_MB: String(WORKER_MEMORY_MB),
    });
  });
  afterAll(async () => {
    await hub.stop();
    await db.close();
  });

  /** Sends a document's bytes as BASE64, or `content` as it is (already BASE64 text, hostile or not). */
  async function send(query: string, document: Buffer | string, format: string): Promise<Answer> {
    const content = typeof document === 'string' ? document : document.toString('base64');
    const i = { townshipCode: ZHANGTING, year: 2019, content, encoding: 'BASE64', format };
    const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query, variables: { i } }) });
    return (await response.json()) as Answer;
  }

  const hostile: [string, () => Promise<Buffer | string>, string, string, RegExp][] = [
    // Refused at the element bound, or at the worker's heap limit if the page's first 200,000 elements fill it first.
    [
      'an HTML page with 10⁶ table cells',
      () => Promise.resolve(htmlTable(1_000_000, '1')),
      'HTML',
      'DOCUMENT_TOO_COMPLEX',
      /元素超过 200000 个|内存超过/,
    ],
    ['a .docx of ~50 KB holding 9.5 MB of XML', docxBomb, 'DOCX', 'DOCUMENT_TOO_LARGE', /XML 部分超过 4 MB/],
    ['a PDF with a 320 MB stream', () => Promise.resolve(pdfBomb()), 'PDF', 'DOCUMENT_TOO_LARGE', /解压后超过 32 MB/],
    ['BASE64 content of a megabyte of spaces then "!"', () => Promise.resolve(`${' '.repeat(MB)}!`), 'AUTO', 'BAD_ENCODING', /BASE64/],
  ];

  it.each(hostile)(
    '%s is refused with its typed error, by preview and by upload, and nothing is stored',
    async (_name, make, format, code, message) => {
      const document = await make();
      const before = await storedRowCounts(db.dataSource);
      for (const query of [PREVIEW, UPLOAD]) {
        const answer = await send(query, document, format);
        expect(answer.data).toBeNull();
        expect(answer.errors?.map((error) => error.extensions.code)).toEqual([code]);
        expect(answer.errors![0].message).toMatch(message);
      }
      expect(await storedRowCounts(db.dataSource)).toEqual(before);
    },
  );

  it('a document that needs more than a worker heap is DOCUMENT_TOO_COMPLEX, and the next upload is read by a new worker', async () => {
    const before = await storedRowCounts(db.dataSource);
    const refused = await send(UPLOAD, htmlTable(170_000, '12345678'), 'HTML');
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(refused.errors![0].message).toMatch(`内存超过 ${WORKER_MEMORY_MB} MB`);
    expect(await storedRowCounts(db.dataSource)).toEqual(before);

    const stored = await send(UPLOAD, reportFixture('zhangting-2019.txt'), 'AUTO');
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.uploadReport?.status).toBe('CREATED');
  });

  it('a damaged .docx or PDF is CORRUPT_DOCUMENT in Chinese, without the zip or PDF library message', async () => {
    const docx = await docxBomb();
    const cut = Buffer.concat([docx.subarray(0, 30), Buffer.alloc(200)]);
    const pdf = Buffer.from('%PDF-1.4\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    for (const [bytes, format] of [
      [cut, 'DOCX'],
      [pdf, 'PDF'],
    ] as const) {
      const answer = await send(PREVIEW, bytes, format);
      expect(answer.errors?.map((error) => error.extensions.code)).toEqual(['CORRUPT_DOCUMENT']);
      // No run of English words: JSZip's "End of data reached … Corrupted zip ?", pdf.js' "Invalid PDF structure".
      expect(answer.errors![0].message).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/i);
    }
  });

  it('reads no document on its main thread: its log on stopping counts them', async () => {
    expect(await hub.stop()).toBe(0);
    const summary = /documents read: (\d+) by the parse workers, (\d+) stopped at a limit, (\d+) on the main thread/.exec(hub.stdout());
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
