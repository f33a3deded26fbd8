import { DataSource, EntityManager } from 'typeorm';
import { Region } from '../../../entities';
import { normalizeRegionCode } from '../../core/region-code';
import { RegionScope, countryScope, requireRegionScope } from './region-scope';

/** A region's scope (null: the whole country), as last read, with the tree's generation it was read at. */
export type Scope = RegionScope<Region | null>;

/**
 * The scopes of regions looked up so far, per database (its DataSource: a request's reading
 * connection shares it) and region code ('' for the country). An entry is never trusted on
 * its own: a statement that uses it also reads the tree's generation (REGION_GENERATION) and
 * the caller compares the two, so a change of the tree through any node or hub is seen at
 * once. Bounded by the regions that exist: an unknown code is never remembered.
 */
const remembered = new WeakMap<DataSource, Map<string, Scope>>();

const scopesOf = (manager: EntityManager): Map<string, Scope> => {
  let scopes = remembered.get(manager.connection);
  if (!scopes) remembered.set(manager.connection, (scopes = new Map<string, Scope>()));
  return scopes;
};

/** The key of a region code as asked (null: the country), or null for a code that names no region in any form. */
const keyOf = (regionCode: string | null | undefined): string | null =>
  regionCode === null || regionCode === undefined ? '' : normalizeRegionCode(regionCode);

/** The scope last read for a region (null: the country), if any: to be confirmed by the generation read beside its use. */
export function rememberedScope(manager: EntityManager, regionCode: string | null | undefined): Scope | undefined {
  const key = keyOf(regionCode);
  return key === null ? undefined : scopesOf(manager).get(key);
}

/** Reads a region's scope (null: the country) in one statement, or UNKNOWN_REGION, and remembers it. */
export async function lookUpScope(manager: EntityManager, regionCode: string | null | undefined): Promise<Scope> {
  const scope =
    regionCode === null || regionCode === undefined ? await countryScope(manager) : await requireRegionScope(manager, regionCode);
  const key = keyOf(regionCode);
  if (key !== null) scopesOf(manager).set(key, scope);
  return scope;
}
