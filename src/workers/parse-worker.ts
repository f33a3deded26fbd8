/**
 * A parse worker's thread: reads the documents the pool hands it (parseDocument) and runs the
 * rules that need nothing else, so a document that takes long or inflates stalls this thread,
 * never the hub's. Errors cross back as plain
 * objects (see parse-pool's `rebuiltError`).
 */
import workerpool from 'workerpool';
import { runDocumentChecks } from '../checks/run-checks';
import { DocumentFormat } from '../reading/documents/formats';
import { parseDocument } from '../storage/ingest/parse-document';
import { encodeCellSources } from '../storage/store/cell-sources-codec';
import type { PreviousYear } from '../reading/template/previous-year';
import type { ReadDocument } from '../storage/ingest/upload-input';

/**
 * Reads a document and runs the rules that judge it alone: they cost more CPU than reading it,
 * and here they run on every core instead of the thread that stores the report. Its cell
 * sources go back encoded as they are stored, and its text not at all: what crosses back is
 * copied on the hub's thread, and the hub stores the one and never reads the other. The bytes
 * arrive as a Uint8Array (a Buffer does not survive the copy between threads); no year before as null.
 */
async function read(bytes: Uint8Array, format: DocumentFormat | 'AUTO', previous: PreviousYear | null): Promise<ReadDocument> {
  const document = await parseDocument(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format, previous ?? undefined);
  const { cellSources, ...data } = document.data;
  return {
    format: document.format,
    data,
    encodedSources: encodeCellSources(cellSources),
    documentIssues: runDocumentChecks(document.data),
  };
}

/** Answers once the worker has loaded every reader: the pool hands no document over before (parse-pool's startThreads). */
const started = (): boolean => true;

workerpool.worker({ read, started });
