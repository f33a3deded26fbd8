import { FindRegionsDocument, RegionByCodeDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { RegionRef } from './selection.js';

/**
 * The region a code names, or the first whose name holds the text (宁波 → 宁波市); null when
 * none does. With the year viewed, a name finds the code valid in it (a merged township's old
 * code only in its own years); a code is found whatever its years.
 */
export async function findRegion(typed: string, year?: number): Promise<RegionRef | null> {
  const data = await gql(FindRegionsDocument, { search: typed.trim(), year });
  return data.regions[0] ?? null;
}

/** Regions whose names hold the text, valid in the year viewed, for the picker's suggestions. */
export async function suggestRegions(typed: string, year?: number): Promise<RegionRef[]> {
  return typed.trim() ? (await gql(FindRegionsDocument, { search: typed.trim(), year })).regions : [];
}

/** The region and those above it, the province first (省 › 市 › 县 › 乡镇). */
export async function regionPath(region: RegionRef): Promise<RegionRef[]> {
  const path = [region];
  while (path[0].parentCode) {
    const parent = (await gql(RegionByCodeDocument, { code: path[0].parentCode })).region;
    if (!parent) break;
    path.unshift(parent);
  }
  return path;
}
