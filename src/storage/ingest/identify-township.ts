import { Region } from '../../../entities';
import { compactName } from '../../reading/template/organization-name';
import { NamedTownship, hasProperName, organizationNames, townshipStem } from './organization-match';

/** A township of the region list with its ancestors' names, as identification needs it. */
export interface TownshipCandidate extends NamedTownship {
  region: Region;
  /** The distinctive part of its name, compact; null for a name that is an ending alone (街道). */
  stem: string | null;
}

/** The townships with the names of their province, city and county (`names`: every higher region's name by code). */
export function townshipCandidates(townships: readonly Region[], names: ReadonlyMap<string, string>): TownshipCandidate[] {
  return townships.map((region) => ({
    region,
    code: region.code,
    name: region.name,
    ancestors: [region.provinceCode, region.cityCode, region.countyCode].map((code) => (code && names.get(code)) ?? ''),
    stem: hasProperName(region.name) ? townshipStem(compactName(region.name)) : null,
  }));
}

export type Identification =
  | { kind: 'found'; township: Region }
  | { kind: 'ambiguous'; candidates: Region[] }
  /** No township's own body: `alike` are townships whose name the organization contains, which it is not. */
  | { kind: 'none'; alike: Region[] };

/** County and city names too common to tell one township from another when a document mentions them. */
const GENERIC_NAMES = new Set(['市辖区', '县', '城区', '郊区', '矿区', '新区', '开发区', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * How closely the document places a township by naming the regions above it: 3 when it names
 * its county, 2 its city, 1 its province, 0 none of them.
 */
function placedBy(text: string, candidate: TownshipCandidate): number {
  const named = candidate.ancestors.map((name) => !GENERIC_NAMES.has(name) && name.length >= 2 && text.includes(name));
  // ancestors are province, city, county in that order.
  return named.reduce((best, found, level) => (found ? Math.max(best, level + 1) : best), 0);
}

/** The one candidate the document places most closely, or null when none or several are placed so. */
function placedByDocument(candidates: readonly TownshipCandidate[], text: string): TownshipCandidate | null {
  const written = compactName(text);
  const scores = candidates.map((candidate) => placedBy(written, candidate));
  const best = Math.max(...scores);
  const placed = candidates.filter((_, i) => scores[i] === best);
  return best > 0 && placed.length === 1 ? placed[0] : null;
}

/** Several townships signing together (大岚镇、四明山镇人民政府): each part names one, the report is none's alone. */
function jointReport(written: string, alike: readonly TownshipCandidate[]): Identification {
  const parts = written.split(/[、，,和及与]/).filter((part) => part.length >= 2);
  const named = parts.length > 1 ? alike.filter((t) => parts.some((part) => organizationNames(part, t))) : [];
  if (named.length > 1) return { kind: 'ambiguous', candidates: named.map((t) => t.region) };
  return { kind: 'none', alike: byNearness(written, alike).map((t) => t.region) };
}

/** Townships whose regions' names (or their stems: 平潭 of 平潭县) the organization writes come first. */
function byNearness(written: string, townships: readonly TownshipCandidate[]): TownshipCandidate[] {
  const nearness = (t: TownshipCandidate) =>
    t.ancestors.filter((name) => !GENERIC_NAMES.has(name) && name.length >= 2 && written.includes(name.slice(0, 2))).length;
  return [...townships].sort((a, b) => nearness(b) - nearness(a));
}

/**
 * The township whose own body a report's organization is (organizationNames): never a guess.
 * When the name fits several townships (there are dozens of 太平镇), the one whose county (or
 * city) the document names is taken, if exactly one is; else all are reported. Townships named
 * by an ending alone (街道) are never matched.
 *
 * @param documentText the document's text, searched for the names of counties and cities.
 */
export function identifyTownship(organization: string, townships: readonly TownshipCandidate[], documentText: string): Identification {
  const written = compactName(organization);
  const alike = townships.filter((t) => t.stem !== null && written.includes(t.stem));
  const candidates = alike.filter((t) => organizationNames(organization, t));
  if (candidates.length === 0) return jointReport(written, alike);
  if (candidates.length === 1) return { kind: 'found', township: candidates[0].region };
  const placed = placedByDocument(candidates, `${organization}\n${documentText}`);
  return placed ? { kind: 'found', township: placed.region } : { kind: 'ambiguous', candidates: candidates.map((t) => t.region) };
}
