/**
 * A parse worker's thread: reads the documents the pool hands it (parseDocument), so a document
 * that takes long or inflates stalls this thread, never the hub's. Errors cross back as plain
 * objects (see parse-pool's `rebuiltError`).
 */
import workerpool from 'workerpool';
import { DocumentFormat } from '../reading/documents/formats';
import { parseDocument } from '../storage/ingest/parse-document';
import type { PreviousYear } from '../reading/template/previous-year';
import type { ReadDocument } from '../storage/ingest/upload-input';

/** The bytes arrive as a Uint8Array (a Buffer does not survive the copy between threads); no year before as null. */
function read(bytes: Uint8Array, format: DocumentFormat | 'AUTO', previous: PreviousYear | null): Promise<ReadDocument> {
  return parseDocument(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format, previous ?? undefined);
}

workerpool.worker({ read });
