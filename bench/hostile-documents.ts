/**
 * Documents built to stall or exhaust whoever reads them, as attacks on a running hub sent
 * them: the bench's hostile section times the hub while they are read, and the hostile tests
 * check each is refused with its typed error.
 */
import zlib from 'node:zlib';
import JSZip from 'jszip';

const MB = 1024 * 1024;

/** An HTML page of one table, `cells` cells of `text` ten to a row. */
export function htmlTable(cells: number, text: string): Buffer {
  const row = `<tr>${`<td>${text}</td>`.repeat(10)}</tr>`;
  return Buffer.from(
    `<html><body><h1>丈亭镇人民政府2019年政府信息公开工作年度报告</h1><table>${row.repeat(cells / 10)}</table></body></html>`,
  );
}

/** A .docx holding `megabytes` of Word XML, compressed to a few kilobytes (mammoth reads about half a megabyte a second). */
export async function docxOfXml(megabytes: number): Promise<Buffer> {
  const paragraph = '<w:p><w:r><w:t>丈亭镇人民政府</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.floor((megabytes * MB) / Buffer.byteLength(paragraph)));
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return new JSZip()
    .file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    .file('word/document.xml', xml)
    .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * Flate data that inflates to `megabytes` of spaces, built from one compressed megabyte
 * repeated (each ends byte-aligned and references nothing before it, so the copies chain into
 * one valid stream) rather than by compressing hundreds of megabytes here.
 */
export function flateOfSpaces(megabytes: number): Buffer {
  const megabyte = zlib.deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array<Buffer>(megabytes).fill(megabyte), Buffer.from([0x03, 0x00])]);
}

/** A one-page PDF whose page content is the first of `streams` (each stored with `filter`), the others objects of their own. */
export function pdfWithStreams(streams: readonly Buffer[], filter = '/FlateDecode'): Buffer {
  const objects = streams.flatMap((stream, i) => [
    Buffer.from(`${i + 4} 0 obj << /Length ${stream.length} /Filter ${filter} >>\nstream\n`),
    stream,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  return Buffer.concat([
    Buffer.from(
      [
        '%PDF-1.4',
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
        '',
      ].join('\n'),
    ),
    ...objects,
    Buffer.from('trailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

/** A one-page PDF whose content stream inflates to 320 MB of spaces. */
export function pdfBomb(): Buffer {
  return pdfWithStreams([flateOfSpaces(320)]);
}
