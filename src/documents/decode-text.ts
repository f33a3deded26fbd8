import { HubError } from '../errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text of a document's bytes; UTF-8 only for now, with a clear error for anything else. */
export function decodeText(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new HubError('BAD_ENCODING', '文档不是有效的 UTF-8 文本，请另存为 UTF-8 编码后再上传', {
      byteLength: bytes.length,
    });
  }
}
