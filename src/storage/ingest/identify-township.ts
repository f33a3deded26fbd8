import { Region } from '../../../entities';
import { townshipStem } from './organization-match';

export type Identification = { kind: 'found'; township: Region } | { kind: 'unknown' } | { kind: 'ambiguous'; candidates: Region[] };

/**
 * The township among `townships` that a report's organization names. A full name
 * (丈亭镇人民政府 contains 丈亭镇) beats a stem (丈亭); several equally good matches are
 * ambiguous and are reported, never guessed between.
 */
export function identifyTownship(organization: string, townships: readonly Region[]): Identification {
  const compact = organization.replace(/\s+/g, '');
  for (const matches of [(t: Region) => compact.includes(t.name), (t: Region) => compact.includes(townshipStem(t.name))]) {
    const candidates = townships.filter(matches);
    if (candidates.length === 1) return { kind: 'found', township: candidates[0] };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  }
  return { kind: 'unknown' };
}
