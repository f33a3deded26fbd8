import { gunzipSync, gzipSync } from 'node:zlib';
import type { CellSource } from '../../reading/template/cell-source';

/**
 * A version's cell sources as one value: gzipped JSON. About 150 cells repeat the same few
 * keys, labels and forms, which gzip folds to a few kilobytes; one column of the version row
 * costs the upload no statement, where a row per cell would cost the bulk ingest a table of
 * ~150 rows a report.
 */
export function encodeCellSources(sources: readonly CellSource[] | undefined): Buffer | null {
  return sources?.length ? gzipSync(JSON.stringify(sources)) : null;
}

export function decodeCellSources(stored: Buffer | null | undefined): CellSource[] {
  return stored?.length ? (JSON.parse(gunzipSync(stored).toString('utf8')) as CellSource[]) : [];
}
