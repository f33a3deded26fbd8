import { HubError } from '../../core/errors';
import type { ParsedDocument } from './blocks';
import { decodeText } from './decode-text';
import { readDocxDocument } from './docx-reader';
import { DocumentFormat } from './formats';
import { writeBlocks } from './extracted-text';
import { declaredCharset } from './html-charset';
import { readHtmlDocument } from './html-reader';
import { readPdfDocument } from './pdf-reader';
import { readText } from './read-text';

/**
 * One reader per form, each giving the same blocks of paragraphs and tables, and the text they
 * point into (extracted-text). Async: PDF and Word readers are.
 */
export async function readDocument(bytes: Buffer, format: DocumentFormat): Promise<ParsedDocument> {
  switch (format) {
    case 'TEXT':
      return readText(decodeText(bytes));
    case 'PDF':
      return writeBlocks(await readPdfDocument(bytes));
    case 'HTML':
      return writeBlocks(readHtmlDocument(decodeText(bytes, declaredCharset(bytes))));
    case 'DOCX':
      return writeBlocks(await readDocxDocument(bytes));
    default: {
      const unknown: never = format;
      throw new HubError('UNSUPPORTED_FORMAT', `未知的文档格式：${String(unknown)}`, { format: unknown });
    }
  }
}
