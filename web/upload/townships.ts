import { el, fill } from '../lib/dom.js';
import { TownshipsDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';

export interface TownshipOption {
  code: string;
  name: string;
}

/** Fills the township picker. */
export function fillTownships(select: HTMLSelectElement, townships: TownshipOption[]): void {
  fill(select, ...townships.map((t) => el('option', { value: t.code }, `${t.name}（${t.code}）`)));
}

/** The townships under a region code valid in the year: what the city office (ADMIN) may choose from. */
export async function townshipsUnder(regionCode: string, year: number | undefined): Promise<TownshipOption[]> {
  return (await gql(TownshipsDocument, { regionCode, year })).townships;
}
