import { readDocument } from '../../reading/documents/read-document';
import { DocumentFormat, detectFormat } from '../../reading/documents/formats';
import { HubError } from '../../core/errors';
import { readReport } from '../../reading/read-report';
import type { PreviousYear } from '../../reading/template/previous-year';
import type { ReadDocument, ReadText } from './upload-input';

/** ASCII blanks: a document of nothing else is empty, whatever its form (other blank text is left to the reader). */
const BLANK_BYTES = new Set([0x09, 0x0a, 0x0d, 0x20]);

/** How an upload's document is read: parseDocument here, or in a parse worker (src/workers/parse-pool). */
/** Reads a document; `previous`, the township's stored report of the year before, helps choose among splits of digits that ran together. */
export type DocumentParser = (bytes: Buffer, format: DocumentFormat | 'AUTO', previous?: PreviousYear) => Promise<ReadDocument>;

/** Documents this thread read: the hub counts them to show none were read on its main thread. */
let documentsRead = 0;

export function documentsReadInThisThread(): number {
  return documentsRead;
}

/**
 * Document → ReportData, without checks or storage (the CLI's `parse`, the benchmark's parse
 * throughput). Needs no database: all it reads is the bytes, so it can run wherever they are.
 * `previous`: the body's stored report of the year before, when the caller has it (see readReport).
 */
export async function parseDocument(bytes: Buffer, requested: DocumentFormat | 'AUTO', previous?: PreviousYear): Promise<ReadText> {
  documentsRead++;
  // Stops at the first non-blank byte instead of decoding the whole (possibly binary) document.
  if (bytes.every((byte) => BLANK_BYTES.has(byte))) throw new HubError('EMPTY_DOCUMENT', '上传的文档是空的', { byteLength: bytes.length });
  const format = requested === 'AUTO' ? detectFormat(bytes) : requested;
  const document = await readDocument(bytes, format);
  return { format, data: readReport(document, { form: format, previous }), text: document.text };
}
