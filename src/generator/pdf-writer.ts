/**
 * A minimal PDF writer for generated reports and test documents: text, straight lines and
 * (for scans) an image, on pages of any size, without dependencies. Chinese text needs no
 * font file: the one font is a non-embedded CID font whose codes are the Unicode code points
 * (Identity-H) with a ToUnicode map, so every PDF reader extracts the text exactly; viewers
 * draw it with whatever CJK font they have. Coordinates are points from the top left.
 */

export interface PdfTextSpec {
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  size: number;
  text: string;
}

export interface PdfLineSpec {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageSpec {
  width: number;
  height: number;
  texts?: PdfTextSpec[];
  lines?: PdfLineSpec[];
  /** A grey image over the whole page, as a scanner makes. */
  scan?: boolean;
}

/** Glyph widths in em: Chinese and full-width characters are square, the rest half as wide. */
export function textWidth(text: string, size: number): number {
  return [...text].reduce((sum, char) => sum + (isWide(char) ? 1 : 0.5), 0) * size;
}

function isWide(char: string): boolean {
  return (char.codePointAt(0) ?? 0) > 0x2e7f;
}

export function writePdf(pages: readonly PdfPageSpec[]): Buffer {
  const chars = [...new Set(pages.flatMap((page) => (page.texts ?? []).flatMap((text) => [...text.text])))];
  // Objects 1–5 are fixed; each page then takes three: the page, its content, its scan image.
  const pageId = (i: number) => 6 + i * 3;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] ' +
      '/ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >> ' +
      '/DW 1000 /W [32 126 500] >>',
    stream(toUnicode(chars)),
    ...pages.flatMap((page, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] ` +
        `/Resources << /Font << /F1 3 0 R >> /XObject << /Scan ${pageId(i) + 2} 0 R >> >> /Contents ${pageId(i) + 1} 0 R >>`,
      stream(pageContent(page)),
      SCAN_IMAGE,
    ]),
  ];
  return assemble(objects);
}

function pageContent(page: PdfPageSpec): string {
  const scan = page.scan ? [`q ${page.width} 0 0 ${page.height} 0 0 cm /Scan Do Q`] : [];
  const lines = (page.lines ?? []).map(({ x1, y1, x2, y2 }) => `${n(x1)} ${n(page.height - y1)} m ${n(x2)} ${n(page.height - y2)} l S`);
  const texts = (page.texts ?? []).map(
    ({ x, y, size, text }) => `BT /F1 ${n(size)} Tf ${n(x)} ${n(page.height - y)} Td <${hex(text)}> Tj ET`,
  );
  return [...scan, '0.5 w', ...lines, ...texts].join('\n');
}

/** A tiny grey picture, stretched over the page when the page is a scan. */
const PIXELS = 'ffffff00000080808080';
const SCAN_IMAGE =
  `<< /Type /XObject /Subtype /Image /Width 5 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 ` +
  `/Filter /ASCIIHexDecode /Length ${PIXELS.length + 1} >>\nstream\n${PIXELS}>\nendstream`;

function toUnicode(chars: readonly string[]): string {
  const entries = chars.map((char) => `<${hex(char)}> <${hex(char)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...chunks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** Text as UTF-16BE hex: the codes of the Identity-H font. */
function hex(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}

function n(value: number): string {
  return Number(value.toFixed(2)).toString();
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

function assemble(objects: readonly string[]): Buffer {
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
