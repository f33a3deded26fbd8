/**
 * A bound on what a PDF's compressed streams inflate to, checked before pdf.js reads it. A few
 * hundred kilobytes of Flate data can inflate to hundreds of megabytes (a 320 MB stream took
 * 0.7–1.7 GB), and pdf.js holds decoded streams in array buffers, which no worker's heap limit
 * covers. Each Flate stream is inflated here once with zlib's own output bound, so a bomb
 * stops at the bound instead of at the machine's memory. Streams behind another filter first
 * (ASCII85 then Flate) are left to the reader's time limit.
 */
import zlib from 'node:zlib';

const MB = 1024 * 1024;

/** A page's content is kilobytes; a scanned page's image a few megabytes. */
export const MAX_STREAM_BYTES = 32 * MB;
/** The whole document's streams, inflated. */
export const MAX_INFLATED_BYTES = 128 * MB;

/** How far before `stream` its dictionary (and its /Filter) is looked for. */
const DICTIONARY_WINDOW = 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const FLATE = '/FlateDecode';

/** Why the PDF's Flate streams, one or all, inflate past their bound (in Chinese); null when they do not. */
export function inflationPastBound(bytes: Buffer): string | null {
  let total = 0;
  for (const data of flateStreams(bytes)) {
    const budget = Math.min(MAX_STREAM_BYTES, MAX_INFLATED_BYTES - total);
    const length = inflatedLength(data, budget);
    if (length === null) return `其中的压缩数据解压后超过 ${Math.round(budget / MB)} MB，远多于任何年度报告`;
    total += length;
  }
  return null;
}

/** The data of each stream whose dictionary names FlateDecode: one pass over the bytes. */
function* flateStreams(bytes: Buffer): Generator<Buffer> {
  let at = bytes.indexOf(STREAM);
  while (at !== -1) {
    const start = dataStart(bytes, at + STREAM.length);
    const end = bytes.indexOf(END_STREAM, start);
    if (end === -1) return;
    const isData = start !== -1 && bytes[at - 1] !== 0x64; // not the tail of "endstream"
    if (isData && namesFlate(bytes.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at))) yield bytes.subarray(start, end);
    at = bytes.indexOf(STREAM, end + END_STREAM.length);
  }
}

/** The keyword `stream` is followed by CRLF or LF, then the data; anything else is not a stream keyword. */
function dataStart(bytes: Buffer, after: number): number {
  if (bytes[after] === 0x0d && bytes[after + 1] === 0x0a) return after + 2;
  if (bytes[after] === 0x0a) return after + 1;
  return -1;
}

/** Whether the text before a stream names FlateDecode after its object began (one named earlier is another object's). */
function namesFlate(before: string): boolean {
  return before.lastIndexOf(FLATE) > before.lastIndexOf(' obj');
}

/** Bytes the stream inflates to; null past `budget`. Data zlib cannot read counts nothing: pdf.js reports it. */
function inflatedLength(data: Buffer, budget: number): number | null {
  try {
    return zlib.inflateSync(data, { maxOutputLength: Math.max(1, budget), finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    return 0;
  }
}
