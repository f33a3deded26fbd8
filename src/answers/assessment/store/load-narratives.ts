/**
 * The narratives the assessment compares, as shingle sets. A report's narrative is named by its
 * digest in the read model; its text, the largest part of a report the assessment reads (a
 * third of a city's assessment's CPU went into reading and decoding it), is read only when
 * its shingles are not kept (similarity-cache.ts): once after it is uploaded.
 */
import { EntityManager } from 'typeorm';
import type { Region } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql, type Sql } from '../../../storage/db/sql';
import { narrativeSectionsOf } from '../../../storage/db/narrative-sections';
import { KEYS_PER_STATEMENT, chunks } from '../../../storage/store/chunks';
import { narrativeText } from '../../../reading/template/narrative';
import type { NarrativeDocument } from '../similarity/most-similar';
import { keepShingles, keptShingles } from '../similarity/similarity-cache';
import { readModelJoin } from './townships-with-values';

/** A current version's narrative, by the digest stored with it (null: the report has none). */
export interface NarrativeRef {
  townshipCode: string;
  year: number;
  versionId: number;
  digest: string | null;
}

/** The shingles of a report without narrative: one set, so that the similarity's key names it alike everywhere. */
const NO_NARRATIVE = new Uint32Array();

/**
 * Beside a township's read model row of `year` (aliases t and rv, townshipsWithValues): its
 * row of the year before (alias pv), whose version and digest name its previous narrative
 * (previousNarrativeColumns), in the same statement.
 */
export const previousYearJoin = (names: SqlNames, region: Region, year: number): Sql =>
  readModelJoin(names, 'pv', region, [year - 1], 'left');

/** The columns of the year before's row that name its narrative (rowNarratives reads them). */
export const previousNarrativeColumns = (names: SqlNames): Sql[] => [
  sql`pv.${names.quote('version_id')} AS ${names.quote('previous_version_id')}`,
  sql`pv.${names.quote('narrative_digest')} AS ${names.quote('previous_narrative_digest')}`,
];

function digestIn(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  throw new Error(`report_values.narrative_digest held ${typeof value}`);
}

/**
 * The narratives a township's row names (read with VERSION_COLUMNS and
 * previousNarrativeColumns): its report's of `year` and of the year before, those it has.
 */
export function rowNarratives(townshipCode: string, year: number, row: Readonly<Record<string, unknown>>): NarrativeRef[] {
  const narrative = (of: number, versionId: unknown, digest: unknown): NarrativeRef[] =>
    versionId === null || versionId === undefined
      ? []
      : [{ townshipCode, year: of, versionId: Number(versionId), digest: digestIn(digest) }];
  return [
    ...narrative(year, row.version_id, row.narrative_digest),
    ...narrative(year - 1, row.previous_version_id, row.previous_narrative_digest),
  ];
}

/** The narrative texts of these versions, by version id: one statement per KEYS_PER_STATEMENT versions. */
async function narrativeTexts(manager: EntityManager, versionIds: readonly number[]): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  for (const chunk of chunks(versionIds, KEYS_PER_STATEMENT)) {
    const sections = await narrativeSectionsOf(manager, (versionId) => sql`${versionId} IN (${sql.list(chunk)})`);
    for (const [id, of] of sections) texts.set(id, narrativeText({ sections: of }));
  }
  return texts;
}

/**
 * Each narrative as a document to compare, in order: kept shingles as kept, the texts of the
 * others read (once for a text several reports share) and shingled.
 */
export async function narrativeDocuments(manager: EntityManager, narratives: readonly NarrativeRef[]): Promise<NarrativeDocument[]> {
  // Taken out of the cache first: keeping the new ones may push out old ones of this same region.
  const shingles = new Map<string, Uint32Array>();
  const unknown = new Map<string, number>();
  for (const { digest, versionId } of narratives) {
    if (digest === null || shingles.has(digest) || unknown.has(digest)) continue;
    const kept = keptShingles(digest);
    if (kept) shingles.set(digest, kept);
    else unknown.set(digest, versionId);
  }
  const texts = unknown.size ? await narrativeTexts(manager, [...unknown.values()]) : new Map<number, string>();
  for (const [digest, versionId] of unknown) shingles.set(digest, keepShingles(digest, texts.get(versionId) ?? ''));
  return narratives.map(({ townshipCode, year, digest }) => ({
    townshipCode,
    year,
    shingles: digest === null ? NO_NARRATIVE : shingles.get(digest)!,
  }));
}
