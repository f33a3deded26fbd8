import type { PreviousYear } from '../../reading/template/previous-year';
import { DocumentFormat } from '../../reading/documents/formats';
import type { DocumentParser } from './parse-document';
import type { ReadDocument, UploadRequest } from './upload-input';

/**
 * Starts reading the requests' documents now, before their batch is checked (while the batch
 * before is stored), and gives the parser that ingesting the batch then reads them with: a
 * document asked for as it was read ahead (same bytes, same form, no year before) is answered
 * from that reading; one asked for with its township's stored year before (the reader weighs
 * run-together digits against it) is read again, so every document is read exactly as `parse`
 * alone would read it. A read-ahead that fails fails where the document is asked for.
 */
export function readAhead(parse: DocumentParser, requests: readonly UploadRequest[]): DocumentParser {
  const ahead = new Map<Buffer, { format: DocumentFormat | 'AUTO'; read: Promise<ReadDocument> }>();
  for (const { bytes, format, read } of requests) {
    if (read || ahead.has(bytes)) continue;
    const reading = parse(bytes, format);
    reading.catch(() => undefined);
    ahead.set(bytes, { format, read: reading });
  }
  return (bytes: Buffer, format: DocumentFormat | 'AUTO', previous?: PreviousYear) => {
    const found = ahead.get(bytes);
    return found && found.format === format && !previous ? found.read : parse(bytes, format, previous);
  };
}
