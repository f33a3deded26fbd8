/**
 * The charset a page declares: `<meta charset="gbk">`, `<meta http-equiv="Content-Type"
 * content="text/html; charset=gb2312">`, or an XHTML prolog's encoding. Browsers look in the
 * first 1024 bytes; pages exported from Word put long style blocks first, so look further.
 */
const HEAD_BYTES = 8192;
const DECLARATION = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;

export function declaredCharset(bytes: Buffer): string | undefined {
  const match = DECLARATION.exec(bytes.subarray(0, HEAD_BYTES).toString('latin1'));
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}
