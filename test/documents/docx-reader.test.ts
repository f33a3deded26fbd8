import JSZip from 'jszip';
import { MAX_XML_BYTES } from '../../src/reading/documents/docx-package';
import { readDocxDocument } from '../../src/reading/documents/docx-reader';
import { layoutRows } from '../../src/reading/documents/span-table';
import { HubError } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { renderDocx } from '../../src/generator/render-docx';
import { applicationTable } from '../../src/generator/render-tables';

const report = generateReport({ organization: '梁弄镇人民政府', year: 2022, template: '2021', seed: 'docx' });
let docx: Buffer;
beforeAll(async () => {
  docx = await renderDocx(report);
});

async function withPart(name: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function failure(bytes: Buffer): Promise<{ error: HubError }> {
  const error = await readDocxDocument(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof HubError)) throw new Error(`expected a HubError, got ${String(error)}`);
  return { error };
}

describe('readDocxDocument', () => {
  it("reads Word's merged cells (vMerge, gridSpan) as the text form writes merged cells", async () => {
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="7"\/>/);
    const tables = (await readDocxDocument(docx)).filter((block) => block.kind === 'table');
    expect(tables.map((table) => table.kind === 'table' && table.rows)).toContainEqual(layoutRows(applicationTable(report)));
  });

  it.each([
    ['bytes that are no zip', () => Buffer.from('PK\u0003\u0004 not a zip at all', 'latin1'), /损坏/],
    ['a truncated file', () => docx.subarray(0, docx.length / 2), /损坏/],
    [
      'a zip without word/document.xml',
      async () => new JSZip().file('readme.txt', 'hi').generateAsync({ type: 'nodebuffer' }),
      /word\/document\.xml/,
    ],
    ['a body that is not XML', () => withPart('word/document.xml', 'garbage <<<'), /损坏/],
    [
      'a body nested thousands deep',
      () =>
        withPart(
          'word/document.xml',
          `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(5000)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(5000)}</w:body></w:document>`,
        ),
      /嵌套过深/,
    ],
  ])('refuses %s with CORRUPT_DOCUMENT', async (_, make, message) => {
    const { error } = await failure(await make());
    expect(error.code).toBe('CORRUPT_DOCUMENT');
    expect(error.message).toMatch(message);
  });

  it('refuses a zip bomb, inflating no more than the bound', async () => {
    const bomb = await withPart('word/document.xml', ' '.repeat(MAX_XML_BYTES + 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { error } = await failure(bomb);
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(error.message).toContain('word/document.xml');
  });

  it('refuses a zip bomb that declares a small size, by counting what it inflates', async () => {
    const bomb = declaring(await withPart('word/document.xml', ' '.repeat(MAX_XML_BYTES + 1024)), 'word/document.xml', 100);
    const { error } = await failure(bomb);
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('refuses a zip that declares a huge size, at once', async () => {
    const { error } = await failure(declaring(docx, 'word/document.xml', 0xfffffff0));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
  });
});

/** The zip with `part`'s uncompressed size in the central directory (at +24 of a PK\1\2 entry, its name at +46) set to `size`. */
function declaring(zip: Buffer, part: string, size: number): Buffer {
  const bytes = Buffer.from(zip);
  for (let at = bytes.indexOf('PK\u0001\u0002', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\u0001\u0002', at + 4, 'latin1')) {
    const name = bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).toString('latin1');
    if (name === part) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}
