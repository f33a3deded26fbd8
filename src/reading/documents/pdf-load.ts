/**
 * Opens a PDF with pdf.js (bundled by the `unpdf` package, no native parts) under the limits
 * that keep one upload from taking the hub down: bytes, pages, text items, time. pdf.js'
 * own failures become HubErrors that say what is wrong with the file.
 */
import { HubError } from '../../core/errors';
import { MAX_INFLATED_BYTES, MAX_STREAM_BYTES, inflationPastBound } from './pdf-streams';

type Unpdf = typeof import('unpdf');
export type PdfJs = Awaited<ReturnType<Unpdf['getResolvedPDFJS']>>;
export type PdfDocument = Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
export type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface PdfLimits {
  /** Reports are a few hundred KB; scans with many images run to tens of MB. */
  maxBytes: number;
  /** Reports run to 5–30 pages; more is not a report (or is a whole yearbook). */
  maxPages: number;
  /** Text items over the whole document (a dense page holds about 2,000). */
  maxTextItems: number;
  /** Path points per page considered as table ruling; a page with more (a map, a chart) is read without ruling. */
  maxPathPoints: number;
  /** Wall-clock time for the whole document. */
  timeMs: number;
}

export const PDF_LIMITS: PdfLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 100,
  maxTextItems: 200_000,
  maxPathPoints: 50_000,
  timeMs: 20_000,
};

/**
 * unpdf loads pdf.js, an ES module, with a dynamic import(). Jest (CommonJS, without
 * --experimental-vm-modules) cannot run such an import and also replaces `require` and
 * `module.createRequire` with its own registry; process.getBuiltinModule hands out Node's own
 * loader, so unpdf and pdf.js load natively both under jest and in the built hub.
 */
const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);

let loaded: Promise<PdfJs> | undefined;

function pdfJs(): Promise<PdfJs> {
  loaded ??= (() => {
    polyfillTransferToFixedLength();
    return (nodeRequire('unpdf') as Unpdf).getResolvedPDFJS();
  })();
  return loaded;
}

/**
 * pdf.js 5 ships fonts with ArrayBuffer.prototype.transferToFixedLength (ES2024, Node ≥ 21);
 * without it Node 20 loses every drawn line after a page's first text. The polyfill goes on
 * the realm pdf.js runs in, which is Node's own (Buffer's) even when jest runs this file in a
 * realm of its own. Copying instead of detaching is all pdf.js needs.
 */
function polyfillTransferToFixedLength(): void {
  const prototype = Object.getPrototypeOf(Buffer.alloc(0).buffer) as ArrayBuffer & Record<string, unknown>;
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new (this.constructor as ArrayBufferConstructor)(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/** A PDF's last bytes hold %%EOF; a file cut off in transfer lacks it. */
const TAIL_BYTES = 2048;

function checkBytes(bytes: Buffer, limits: PdfLimits): void {
  if (bytes.length > limits.maxBytes) {
    throw tooLarge(`文件有 ${megabytes(bytes.length)}，超过 PDF 上限 ${megabytes(limits.maxBytes)}`, {
      byteLength: bytes.length,
    });
  }
  if (!bytes.subarray(-TAIL_BYTES).includes('%%EOF')) {
    throw new HubError('CORRUPT_DOCUMENT', 'PDF 文件不完整：结尾缺少 %%EOF，可能在上传或下载时被截断，请重新导出后上传', {
      byteLength: bytes.length,
    });
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLarge(why: string, details: Record<string, unknown>): HubError {
  return new HubError('DOCUMENT_TOO_LARGE', `PDF 过大或过于复杂，无法读取：${why}`, details);
}

/**
 * Runs `read` on the opened document within the time limit, and always releases pdf.js'
 * resources (destroying the loading task also stops work still running after a timeout).
 */
export async function withPdfDocument<T>(
  bytes: Buffer,
  limits: PdfLimits,
  read: (document: PdfDocument, pdfjs: PdfJs, deadline: Deadline) => Promise<T>,
): Promise<T> {
  checkBytes(bytes, limits);
  const inflation = inflationPastBound(bytes);
  if (inflation) throw tooLarge(inflation, { maxStreamBytes: MAX_STREAM_BYTES, maxInflatedBytes: MAX_INFLATED_BYTES });
  const pdfjs = await pdfJs();
  // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const deadline = new Deadline(limits.timeMs);
  try {
    return await withinTime(
      task.promise.then((document) => read(checkPages(document, limits), pdfjs, deadline)),
      limits.timeMs,
    );
  } catch (error) {
    throw asHubError(error);
  } finally {
    await task.destroy();
  }
}

function checkPages(document: PdfDocument, limits: PdfLimits): PdfDocument {
  if (document.numPages > limits.maxPages) {
    throw tooLarge(`共 ${document.numPages} 页，超过上限 ${limits.maxPages} 页`, { pages: document.numPages });
  }
  return document;
}

function tooSlow(ms: number): HubError {
  return tooLarge(`读取超过 ${ms / 1000} 秒`, { timeMs: ms });
}

/** Stops a slow read while pdf.js is still working (it yields to timers only now and then). */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The time limit, checked between pages. pdf.js' work is mostly promise callbacks, which no
 * timer interrupts; pausing between pages lets the timer fire and lets other requests run.
 */
export class Deadline {
  private readonly end: number;

  constructor(private readonly ms: number) {
    this.end = Date.now() + ms;
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (Date.now() > this.end) throw tooSlow(this.ms);
  }
}

/**
 * pdf.js' exceptions, told apart by name: they come from another realm under jest, so
 * `instanceof` cannot be used. Anything else is a bug of ours and is not disguised.
 */
const CORRUPT = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException', 'ResponseException']);

function asHubError(error: unknown): unknown {
  if (error instanceof HubError || typeof error !== 'object' || error === null) return error;
  const { name, message } = error as { name?: string; message?: string };
  if (name === 'PasswordException') {
    return new HubError('ENCRYPTED_DOCUMENT', 'PDF 设有打开密码，无法读取，请上传未加密的文件', { reason: message });
  }
  if (name !== undefined && CORRUPT.has(name)) {
    // pdf.js' message (English, about its parser's internals) is no help to township staff.
    return new HubError('CORRUPT_DOCUMENT', 'PDF 文件已损坏，无法读取（文件结构无法解析），请重新导出后上传', { reason: name });
  }
  return error;
}
