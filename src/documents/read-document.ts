import { HubError } from '../errors';
import { Block } from './blocks';
import { decodeText } from './decode-text';
import { DocumentFormat } from './formats';
import { readTextDocument } from './text-reader';

/** One reader per form, each giving the same blocks of paragraphs and tables. */
export function readDocument(bytes: Buffer, format: DocumentFormat): Block[] {
  switch (format) {
    case 'TEXT':
      return readTextDocument(decodeText(bytes));
    case 'HTML':
    case 'DOCX':
    case 'PDF':
      throw new HubError('UNSUPPORTED_FORMAT', `暂不支持 ${format} 格式的年度报告，请粘贴报告的文本`, { format });
    default: {
      const unknown: never = format;
      throw new HubError('UNSUPPORTED_FORMAT', `未知的文档格式：${String(unknown)}`, { format: unknown });
    }
  }
}
