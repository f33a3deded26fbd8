import { el, fill } from '../lib/dom.js';
import { TownshipsDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';

/** Fills the township picker with the townships under a region code. */
export async function fillTownships(select: HTMLSelectElement, regionCode: string): Promise<void> {
  const data = await gql(TownshipsDocument, { regionCode });
  fill(select, ...data.townships.map((t) => el('option', { value: t.code }, `${t.name}（${t.code}）`)));
}
