import { FindRegionsDocument, RegionByCodeDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { RegionRef } from './selection.js';

/** The region a code names, or the first whose name holds the text (宁波 → 宁波市); null when none does. */
export async function findRegion(typed: string): Promise<RegionRef | null> {
  const data = await gql(FindRegionsDocument, { search: typed.trim() });
  return data.regions[0] ?? null;
}

/** Regions whose names hold the text, for the picker's suggestions. */
export async function suggestRegions(typed: string): Promise<RegionRef[]> {
  return typed.trim() ? (await gql(FindRegionsDocument, { search: typed.trim() })).regions : [];
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
