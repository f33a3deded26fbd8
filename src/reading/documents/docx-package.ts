/**
 * Opens a .docx (a zip package) safely before mammoth reads it. A file that is no zip, a
 * truncated one, or a zip without a Word document body is refused with a clear error. A zip
 * can declare any size and inflate a few kilobytes into gigabytes, so the package is refused
 * when what it declares is too large, and every part is inflated once here, counting, to catch
 * a package that lies. The XML parts have a bound of their own, since mammoth reads them at
 * about a megabyte a second.
 */
import JSZip from 'jszip';
import { HubError } from '../../core/errors';

const MB = 1024 * 1024;

/** Far above any report: its text and tables take a few hundred kilobytes, photos a few megabytes. */
export const MAX_UNPACKED_BYTES = 50 * MB;
/** The Word XML of a long report is under 2 MB (mammoth reads about a megabyte a second: 9.5 MB held a worker for 10 s). */
export const MAX_XML_BYTES = 4 * MB;

const MAIN_PART = 'word/document.xml';

export async function checkDocxPackage(bytes: Buffer): Promise<void> {
  const zip = await openZip(bytes);
  if (!zip.file(MAIN_PART)) {
    throw new HubError('CORRUPT_DOCUMENT', `这个压缩包不是 Word（.docx）文档：其中没有正文部分 ${MAIN_PART}`, {
      parts: Object.keys(zip.files).slice(0, 10),
    });
  }
  const parts = Object.values(zip.files).filter((entry) => !entry.dir);
  const declared = new UnpackBudget();
  for (const part of parts) declared.count(part, declaredSize(part));
  const inflated = new UnpackBudget();
  for (const part of parts) inflated.count(part, await inflatedSize(part, inflated.left(part)));
}

/** What the package may still unpack, in all and in XML; throws once a bound is passed. */
class UnpackBudget {
  private all = 0;
  private xml = 0;

  left(part: JSZip.JSZipObject): number {
    return isXml(part) ? Math.min(MAX_UNPACKED_BYTES - this.all, MAX_XML_BYTES - this.xml) : MAX_UNPACKED_BYTES - this.all;
  }

  count(part: JSZip.JSZipObject, size: number): void {
    this.all += size;
    if (isXml(part)) this.xml += size;
    if (this.all > MAX_UNPACKED_BYTES) throw tooLarge(part.name, `解压后超过 ${MAX_UNPACKED_BYTES / MB} MB`);
    if (this.xml > MAX_XML_BYTES) throw tooLarge(part.name, `正文等 XML 部分超过 ${MAX_XML_BYTES / MB} MB`);
  }
}

function isXml(part: JSZip.JSZipObject): boolean {
  return /\.(?:xml|rels)$/i.test(part.name);
}

async function openZip(bytes: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(error);
  }
}

/**
 * The size the zip declares for a part. JSZip keeps it on `_data`, unexported, read as a
 * signed number (so 4 GB comes out negative); counting catches a package that lies.
 */
function declaredSize(part: JSZip.JSZipObject): number {
  const data = (part as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize >>> 0 : 0;
}

/**
 * The part's size inflated, counted as it inflates; stops once past `budget`. (JSZip's node
 * stream is an old readable-stream: events, not async iteration. Its listeners stay, so that
 * an error the zip reader raises after the stop, such as a declared size that does not match,
 * finds one.)
 */
function inflatedSize(part: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    const stream = part.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= budget) return;
      stream.pause();
      settle(() => resolve(size));
    });
    stream.on('error', (error: unknown) => settle(() => reject(corrupt(error, part.name))));
    stream.on('end', () => settle(() => resolve(size)));
  });
}

/**
 * A document mammoth or the zip reader could not read; a stack overflow is nesting no report
 * has. The libraries' own messages (JSZip's, xmldom's, in English and about their internals)
 * tell township staff nothing: the message says in Chinese what is wrong and what to do.
 */
export function corrupt(error: unknown, part?: string): HubError {
  const reason =
    error instanceof RangeError ? '文档结构嵌套过深' : part ? '其中的内容无法解压' : '不是完整的 zip 压缩包，或其中的 XML 无法解析';
  const where = part ? `（${part}）` : '';
  return new HubError('CORRUPT_DOCUMENT', `Word（.docx）文档已损坏，无法读取${where}：${reason}；请用 Word 重新保存后上传`, {
    reason,
    ...(part ? { part } : {}),
  });
}

function tooLarge(part: string, what: string): HubError {
  return new HubError('DOCUMENT_TOO_LARGE', `Word 文档${what}（到 ${part} 为止），不像一份年度报告；请删去图片等内容后再上传`, {
    part,
    maxUnpackedBytes: MAX_UNPACKED_BYTES,
    maxXmlBytes: MAX_XML_BYTES,
  });
}
