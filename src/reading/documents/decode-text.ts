/**
 * The text of a document's bytes. Chinese documents come in UTF-8, in GBK/GB2312/GB18030 (a
 * page from an older site, Notepad's "ANSI") and now and then in UTF-16 (Notepad's "Unicode").
 * The byte order mark decides when there is one. Then bytes that are valid UTF-8 are UTF-8,
 * whatever a page declares: GBK text is practically never valid UTF-8, while sites that moved
 * to UTF-8 often kept their old `charset=gb2312`. Then the charset the document declares, if
 * its bytes are valid in it; then GB18030, which contains GBK and GB2312.
 */
import { isUtf8 } from 'node:buffer';
import { HubError } from '../../core/errors';

const BYTE_ORDER_MARKS: readonly [Buffer, string][] = [
  [Buffer.from([0xef, 0xbb, 0xbf]), 'utf-8'],
  [Buffer.from([0xff, 0xfe]), 'utf-16le'],
  [Buffer.from([0xfe, 0xff]), 'utf-16be'],
  [Buffer.from([0x84, 0x31, 0x95, 0x33]), 'gb18030'],
];

/** The Chinese national encoding; its decoder also reads GBK and GB2312. */
const GB18030 = 'gb18030';

export function decodeText(bytes: Buffer, declaredCharset?: string): string {
  const marked = BYTE_ORDER_MARKS.find(([mark]) => bytes.subarray(0, mark.length).equals(mark));
  const candidates = marked ? [marked[1]] : ['utf-8', ...(declaredCharset ? [declaredCharset] : []), GB18030];
  for (const encoding of candidates) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined) return text;
  }
  throw undecodable(bytes, marked?.[1] ?? GB18030);
}

/** The text, or undefined when the bytes are not valid in `encoding` (or it is no encoding). */
function strictDecode(bytes: Buffer, encoding: string): string | undefined {
  // The common case, on node's own validator and decoder, which are faster than TextDecoder's.
  if (encoding === 'utf-8') return isUtf8(bytes) ? bytes.toString('utf8').replace(/^\uFEFF/, '') : undefined;
  try {
    // The decoder drops the byte order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The error names where decoding fails: the text just before the first undecodable bytes. */
function undecodable(bytes: Buffer, encoding: string): HubError {
  const lenient = new TextDecoder(encoding).decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  const before = at < 0 ? '' : lenient.slice(Math.max(0, at - 12), at).replace(/\s+/g, ' ');
  const where = before.trim() ? `，无法识别的字节出现在「${before}」之后` : '，文档开头就有无法识别的字节';
  return new HubError('BAD_ENCODING', `文档既不是 UTF-8 也不是 GBK/GB18030 编码的文本${where}；若是 Word 或 PDF 文件，请按该格式上传`, {
    byteLength: bytes.length,
    encoding,
    textBefore: before,
  });
}
