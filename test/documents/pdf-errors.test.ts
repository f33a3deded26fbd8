/** What a PDF that cannot be read as a report gives: a typed error, promptly, never a crash or a hang. */
import { randomBytes } from 'node:crypto';
import { HubError } from '../../src/core/errors';
import { PDF_LIMITS } from '../../src/reading/documents/pdf-load';
import { readPdfDocument } from '../../src/reading/documents/pdf-reader';
import { writePdf, type PdfPageSpec } from '../../src/generator/pdf-writer';
import { reportFixture } from '../support/fixtures';
import { anyArray } from '../support/matchers';

const A4 = { width: 595, height: 842 };

function textPage(text: string): PdfPageSpec {
  return { ...A4, texts: [{ x: 72, y: 100, size: 12, text }] };
}

async function errorOf(work: Promise<unknown>): Promise<HubError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
  throw new Error('expected a HubError');
}

describe('PDF errors', () => {
  it('NO_TEXT_LAYER for a scan: pages of images, no text', async () => {
    const error = await errorOf(
      readPdfDocument(
        writePdf([
          { ...A4, scan: true },
          { ...A4, scan: true },
        ]),
      ),
    );
    expect(error.code).toBe('NO_TEXT_LAYER');
    expect(error.message).toContain('扫描件');
    expect(error.details).toEqual({ pages: 2 });
  });

  it('NO_TEXT_LAYER for a scan whose only text is its page numbers', async () => {
    const pages = [1, 2, 3].map((page): PdfPageSpec => ({ ...A4, scan: true, texts: [{ x: 280, y: 810, size: 10, text: `- ${page} -` }] }));
    expect((await errorOf(readPdfDocument(writePdf(pages)))).code).toBe('NO_TEXT_LAYER');
  });

  it('CORRUPT_DOCUMENT for a truncated PDF, saying so', async () => {
    const bytes = reportFixture('hongze-2023.pdf');
    const error = await errorOf(readPdfDocument(bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    expect(error.code).toBe('CORRUPT_DOCUMENT');
    expect(error.message).toContain('截断');
  });

  it.each([
    ['random bytes after %PDF-', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20_000)])],
    ['random bytes between %PDF- and %%EOF', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20_000), Buffer.from('\n%%EOF\n')])],
    ['a header and a trailer only', Buffer.from('%PDF-1.4\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')],
    [
      'a cut-off PDF with %%EOF added back',
      Buffer.concat([reportFixture('hongze-2023.pdf').subarray(0, 150_000), Buffer.from('\n%%EOF\n')]),
    ],
  ])('CORRUPT_DOCUMENT for %s', async (_name, bytes) => {
    const error = await errorOf(readPdfDocument(bytes));
    expect(error.code).toBe('CORRUPT_DOCUMENT');
    expect(error.message).toMatch(/PDF/);
  });

  it('DOCUMENT_TOO_LARGE for more pages than the limit, before reading any', async () => {
    const pages = Array.from({ length: PDF_LIMITS.maxPages + 1 }, (_, i) => textPage(`第${i + 1}页的内容`));
    const error = await errorOf(readPdfDocument(writePdf(pages)));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(error.message).toContain(String(PDF_LIMITS.maxPages + 1));
  });

  it('DOCUMENT_TOO_LARGE when the text items exceed the limit', async () => {
    const pages = [textPage('一'), textPage('二'), textPage('三')];
    const error = await errorOf(readPdfDocument(writePdf(pages), { ...PDF_LIMITS, maxTextItems: 2 }));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('DOCUMENT_TOO_LARGE when reading takes longer than the time limit', async () => {
    const pages = Array.from({ length: 40 }, (_, i) => textPage(`第${i + 1}页`));
    const error = await errorOf(readPdfDocument(writePdf(pages), { ...PDF_LIMITS, timeMs: 1 }));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(error.message).toContain('秒');
  });

  it('DOCUMENT_TOO_LARGE for more bytes than the limit, without parsing', async () => {
    const error = await errorOf(readPdfDocument(reportFixture('hongze-2023.pdf'), { ...PDF_LIMITS, maxBytes: 1000 }));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('reads a dense page (thousands of rules and numbers) as one table', async () => {
    const cells = 60;
    const step = 9;
    const lines = Array.from({ length: cells + 1 }, (_, i) =>
      Array.from({ length: cells }, (_, j) => [
        { x1: 20 + j * step, y1: 20 + i * step, x2: 20 + (j + 1) * step, y2: 20 + i * step },
        { x1: 20 + i * step, y1: 20 + j * step, x2: 20 + i * step, y2: 20 + (j + 1) * step },
      ]).flat(),
    ).flat();
    const texts = Array.from({ length: cells * cells }, (_, k) => ({
      x: 22 + (k % cells) * step,
      y: 27 + Math.floor(k / cells) * step,
      size: 5,
      text: String(k % 10),
    }));
    const blocks = await readPdfDocument(writePdf([{ ...A4, lines, texts }]));
    expect(blocks).toEqual([{ kind: 'table', rows: anyArray<string[]>() }]);
    expect((blocks[0] as { rows: string[][] }).rows).toHaveLength(cells);
  });

  it('leaves the caller’s bytes intact (pdf.js detaches what it is given)', async () => {
    const bytes = reportFixture('hongze-2023.pdf');
    const copy = Buffer.from(bytes);
    await readPdfDocument(bytes);
    expect(bytes.equals(copy)).toBe(true);
  });
});
