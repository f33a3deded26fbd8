import { HubError } from '../../core/errors';

/** The forms a report document comes in. */
export const DOCUMENT_FORMATS = ['TEXT', 'HTML', 'DOCX', 'PDF'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
/** The compound file of Word 97-2003 (.doc), WPS (.wps), and of password-protected .docx. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Markup a page or a fragment opens with, after any byte order mark, doctype, XML prolog or
 * comments; or tags that only a page has, anywhere near the start. Markdown with an inline
 * `<br>` in a table is not HTML.
 */
const OPENING_TAGS = '!doctype\\s+html|html|head|body|meta|title|table|div|p|span|font|center|section|article|h[1-6]';
const OPENING_TAG = new RegExp(`^(?:\\s|<!--[\\s\\S]*?-->|<\\?xml[^>]*>)*<(?:${OPENING_TAGS})[\\s>/]`);
const PAGE_TAG = /<(?:!doctype\s+html|html|body|table)[\s>]/;

/**
 * Tells the form from the bytes: binary forms by their magic numbers, HTML by its markup;
 * everything else is text. Forms the hub cannot read (.doc, encrypted Word) are refused here
 * with a message that says what to do, rather than read as garbled text.
 */
export function detectFormat(bytes: Buffer): DocumentFormat {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'DOCX';
  if (bytes.subarray(0, 1024).includes(PDF_MAGIC)) return 'PDF';
  if (bytes.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) throw compoundFileError(bytes);
  return looksLikeHtml(bytes) ? 'HTML' : 'TEXT';
}

function looksLikeHtml(bytes: Buffer): boolean {
  // Latin-1 keeps every byte, whatever the encoding; NULs are what UTF-16 puts between ASCII letters.
  const head = bytes
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf|^\u00ff\u00fe|^\u00fe\u00ff/, '')
    .replaceAll('\u0000', '')
    .toLowerCase();
  return OPENING_TAG.test(head) || PAGE_TAG.test(head);
}

function compoundFileError(bytes: Buffer): HubError {
  if (bytes.includes(ENCRYPTED_PACKAGE)) {
    return new HubError('ENCRYPTED_DOCUMENT', '这是加了密码的 Word 文档，请取消密码保护后另存为 .docx 再上传', { magic: 'OLE2' });
  }
  return new HubError('UNSUPPORTED_FORMAT', '这是 Word 97-2003（.doc）或 WPS 格式的文档，请在 Word/WPS 中另存为 .docx 后再上传', {
    magic: 'OLE2',
  });
}
