/** The forms a report document comes in. */
export const DOCUMENT_FORMATS = ['TEXT', 'HTML', 'DOCX', 'PDF'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Tells the form from the bytes: binary forms by their magic numbers, HTML by its markup
 * near the start; everything else is text.
 */
export function detectFormat(bytes: Buffer): DocumentFormat {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'DOCX';
  if (bytes.subarray(0, 1024).includes(PDF_MAGIC)) return 'PDF';
  const head = bytes.subarray(0, 4096).toString('latin1').toLowerCase();
  if (/<(!doctype html|html|body|table|div|p)[\s>]/.test(head)) return 'HTML';
  return 'TEXT';
}
