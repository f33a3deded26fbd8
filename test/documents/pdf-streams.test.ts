import { deflateSync } from 'node:zlib';
import { flateOfSpaces, pdfBomb, pdfWithStreams } from '../../bench/hostile-documents';
import { MAX_INFLATED_BYTES, MAX_STREAM_BYTES, inflationPastBound } from '../../src/reading/documents/pdf-streams';
import { readPdfDocument } from '../../src/reading/documents/pdf-reader';
import { HubError } from '../../src/core/errors';
import { reportFixture } from '../support/fixtures';

const MB = 1024 * 1024;

describe("inflationPastBound (a PDF's Flate streams, inflated with a bound before pdf.js reads them)", () => {
  it('passes a real report and a small compressed page', () => {
    expect(inflationPastBound(reportFixture('hongze-2023.pdf'))).toBeNull();
    expect(inflationPastBound(pdfWithStreams([deflateSync(Buffer.from('BT /F1 12 Tf (report) Tj ET'))]))).toBeNull();
  });

  it('stops one stream at its bound', () => {
    expect(inflationPastBound(pdfWithStreams([flateOfSpaces(MAX_STREAM_BYTES / MB + 1)]))).toMatch(`超过 ${MAX_STREAM_BYTES / MB} MB`);
  });

  it("stops the streams together at the whole document's bound, each under its own", () => {
    const each = MAX_STREAM_BYTES / MB - 2;
    const under = Math.floor(MAX_INFLATED_BYTES / MB / each);
    expect(inflationPastBound(pdfWithStreams(Array<Buffer>(under).fill(flateOfSpaces(each))))).toBeNull();
    expect(inflationPastBound(pdfWithStreams(Array<Buffer>(under + 1).fill(flateOfSpaces(each))))).not.toBeNull();
  });

  it('refuses the 320 MB stream as DOCUMENT_TOO_LARGE before pdf.js reads it', async () => {
    const error = await readPdfDocument(pdfBomb()).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).code).toBe('DOCUMENT_TOO_LARGE');
    expect((error as HubError).message).toMatch(/解压后超过/);
  });
});
