import { HubError } from '../../core/errors';
import { DocumentFormat } from '../../reading/documents/formats';
import { ReportData, ReportIssue } from '../../reading/template/report-data';

/** A document already read (the bulk ingest reads it to find its township), so it is not read twice. */
export interface ReadDocument {
  format: DocumentFormat;
  /** The report read; without its cellSources where `encodedSources` carries them. */
  data: ReportData;
  /**
   * data.cellSources as the version stores them (encodeCellSources), encoded where the document
   * was read: a parse worker sends this one value back instead of ~200 objects for the hub's
   * thread to copy and encode. A Uint8Array: a Buffer arrives from a worker as one.
   */
  encodedSources?: Uint8Array | null;
  /** The issues of the rules that judge the document alone (runDocumentChecks), found where it was read. */
  documentIssues?: ReportIssue[];
}

/** A document read on this thread, with its extracted text, which `data.cellSources` point into. */
export interface ReadText extends ReadDocument {
  text: string;
}

/** An upload as the ingest path takes it, whatever it came through (GraphQL, CLI, demo loader). */
export interface UploadRequest {
  townshipCode: string;
  year: number;
  bytes: Buffer;
  /** AUTO detects the form from the bytes. */
  format: DocumentFormat | 'AUTO';
  publishedOn?: string | null;
  isDemo?: boolean;
  /** The name of the token that uploads it; null or absent for the CLI and the demo. */
  uploadedBy?: string | null;
  /** A stored document read again (`reparse`), not a township's new upload: judged by when its upload was made. */
  reread?: boolean;
  /** The document as already read from `bytes`, if it was. */
  read?: ReadDocument;
}

/**
 * Base64 digits, then at most two padding signs, checked on the text without its whitespace
 * (line breaks may fall anywhere): no two quantifiers compete for the same characters, so the
 * check is one pass whatever the input (with whitespace in the pattern, 80 KB of spaces then
 * `!` backtracked quadratically).
 */
const BASE64_DIGITS = /^[A-Za-z0-9+/]*={0,2}$/;
const WHITESPACE = /\s+/g;

/** Decoded size, known before decoding, so an oversized upload costs no decoding. */
function decodedLength(content: string, encoding: 'UTF8' | 'BASE64'): number {
  return encoding === 'UTF8' ? Buffer.byteLength(content, 'utf8') : Math.floor((content.replace(/[\s=]/g, '').length * 3) / 4);
}

function checkSize(byteLength: number, maxBytes: number): void {
  if (byteLength <= maxBytes) return;
  throw new HubError('DOCUMENT_TOO_LARGE', `文档有 ${byteLength} 字节，超过上限 ${maxBytes} 字节（HUB_MAX_UPLOAD_BYTES）`, {
    byteLength,
    maxBytes,
  });
}

/** The document's bytes from the API's `content` and `encoding`, at most `maxBytes` of them. */
export function decodeContent(content: string, encoding: 'UTF8' | 'BASE64', maxBytes: number): Buffer {
  checkSize(decodedLength(content, encoding), maxBytes);
  if (encoding === 'UTF8') return Buffer.from(content, 'utf8');
  if (!BASE64_DIGITS.test(content.replace(WHITESPACE, ''))) {
    throw new HubError('BAD_ENCODING', `content 不是有效的 BASE64 编码（开头为「${content.slice(0, 20)}」）`, {
      encoding,
    });
  }
  return Buffer.from(content, 'base64');
}
