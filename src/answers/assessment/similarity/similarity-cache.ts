/**
 * The similarity's work kept between assessments, keyed by exactly what it is computed from,
 * so that nothing kept can be stale: a narrative's shingles by its digest (a hash of its text,
 * stored with each version: src/reading/template/narrative.ts), and a region's most similar
 * reports by the floor and its reports' codes, years and shingle sets. Every query of a
 * province's assessment shingled its 6,000 narratives and estimated its candidate pairs again
 * (two thirds of its CPU); asked again with no new narrative, it reads no text and does
 * neither, and after one upload it reads and shingles that one report's text.
 */
import { LRUCache } from 'lru-cache';
import { mostSimilarReports, type NarrativeDocument, type SimilarReport } from './most-similar';
import { shingleSet } from './shingles';

/** Bytes of shingles kept (32-bit shingles, digests of 44 characters): a province's two years many times over. */
const SHINGLE_CACHE_BYTES = 64 * 1024 * 1024;
/** Regions (with floors) whose most similar reports are kept: the rubrics' regions an office asks about. */
const REGIONS_KEPT = 16;

const shingleCache = new LRUCache<string, Uint32Array>({
  maxSize: SHINGLE_CACHE_BYTES,
  sizeCalculation: (shingles, digest) => 2 * digest.length + shingles.byteLength + 1,
});

/** A number for each shingle set in the cache, so that a region's key names its sets by identity. */
const setIds = new WeakMap<Uint32Array, number>();
let nextSetId = 0;

function setId(shingles: Uint32Array): number {
  let id = setIds.get(shingles);
  if (id === undefined) {
    id = nextSetId++;
    setIds.set(shingles, id);
  }
  return id;
}

/** The shingles of the narrative whose digest this is, while kept: callers must not change them. */
export function keptShingles(digest: string): Uint32Array | undefined {
  return shingleCache.get(digest);
}

/** shingleSet(text), kept under `digest` (the digest stored with the text), where keptShingles finds it while it is kept. */
export function keepShingles(digest: string, text: string): Uint32Array {
  const shingles = shingleSet(text);
  shingleCache.set(digest, shingles);
  return shingles;
}

const similarCache = new LRUCache<string, ReadonlyMap<string, SimilarReport | null>>({ max: REGIONS_KEPT });

const documentsKey = (documents: readonly NarrativeDocument[]): string =>
  documents.map((document) => `${document.townshipCode}/${document.year}/${setId(document.shingles)}`).join(',');

/**
 * mostSimilarReports of the same arguments, computed once while kept. Reports are named by
 * their shingle sets' identity: sets kept under a digest make equal texts one key, and any
 * other set (a text shingled anew) a key of its own, so a kept answer always fits its input.
 */
export function cachedMostSimilarReports(
  reports: readonly NarrativeDocument[],
  previousYear: readonly NarrativeDocument[],
  floor: number,
): ReadonlyMap<string, SimilarReport | null> {
  const key = `${floor}|${documentsKey(reports)}|${documentsKey(previousYear)}`;
  let similar = similarCache.get(key);
  if (!similar) {
    similar = mostSimilarReports(reports, previousYear, floor);
    similarCache.set(key, similar);
  }
  return similar;
}
