import { constants, gunzipSync, gzipSync } from 'node:zlib';
import type { CellSource } from '../../reading/template/cell-source';

/**
 * A version's cell sources as one value: ~150–250 sources whose strings (paths, forms, row labels,
 * column headers) repeat, written once in a table and referred to by index, then gzipped: about
 * 3.5 KB a report, and a quarter of a millisecond of CPU to write (the sources' own JSON gzipped
 * takes half again as long for the same size). One column of the version row costs the upload no
 * statement, where a row per cell would cost the bulk ingest ~200 rows a report.
 *
 * Gzipped at the fastest level: encoding a demo report's 217 sources took 1.1 ms of CPU beside
 * 2.6 ms to read it and 2.1 ms to check it (one thread, a loaded machine), most of it in gzip,
 * and level 1 took 0.26 ms where the default 6 took 0.40 (same run) for 8 % more bytes
 * (5.5 against 5.1 KB). An 8 KB window (windowBits 13, memLevel 7) instead of the default
 * 32 KB one costs less to set up for ~19 KB of JSON whose repeats lie close together: 0.17
 * instead of 0.21 ms a report for the same size, on a quiet machine. Any level or window reads
 * back the same.
 */
interface Encoded {
  v: 1;
  strings: string[];
  /** cell, form, page (−1: none), rowLabel, column, start, end, text, derivedBy (−1: none); strings by index. */
  rows: number[][];
}

const NONE = -1;

const GZIP_OPTIONS = { level: constants.Z_BEST_SPEED, windowBits: 13, memLevel: 7 };

export function encodeCellSources(sources: readonly CellSource[] | undefined): Buffer | null {
  if (!sources?.length) return null;
  const strings = new Map<string, number>();
  const ref = (text: string | undefined) => {
    if (text === undefined) return NONE;
    if (!strings.has(text)) strings.set(text, strings.size);
    return strings.get(text)!;
  };
  const rows = sources.map((s) => [
    ref(s.cell),
    ref(s.form),
    s.page ?? NONE,
    ref(s.rowLabel),
    ref(s.column),
    s.start,
    s.end,
    ref(s.text),
    ref(s.derivedBy),
  ]);
  const encoded: Encoded = { v: 1, strings: [...strings.keys()], rows };
  return gzipSync(JSON.stringify(encoded), GZIP_OPTIONS);
}

/**
 * A version's cell sources as stored: as encoded where the document was read (a parse worker
 * sends them so; a Buffer arrives from a worker as a Uint8Array), else encoded now from `sources`.
 */
export function storedCellSources(encoded: Uint8Array | null | undefined, sources: readonly CellSource[] | undefined): Buffer | null {
  if (encoded === undefined) return encodeCellSources(sources);
  return encoded && Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
}

export function decodeCellSources(stored: Buffer | null | undefined): CellSource[] {
  if (!stored?.length) return [];
  const { strings, rows } = JSON.parse(gunzipSync(stored).toString('utf8')) as Encoded;
  return rows.map(([cell, form, page, rowLabel, column, start, end, text, derivedBy]) => ({
    cell: strings[cell],
    form: strings[form],
    page: page === NONE ? null : page,
    rowLabel: strings[rowLabel],
    column: strings[column],
    start,
    end,
    text: strings[text],
    ...(derivedBy === NONE ? {} : { derivedBy: strings[derivedBy] }),
  }));
}
