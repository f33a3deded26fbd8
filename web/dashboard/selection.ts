import type { RegionFieldsFragment, RegionLevel, TownshipPlaceFragment } from '../graphql/operations.js';

export type RegionRef = RegionFieldsFragment;

/** What the dashboard shows: a region's townships in a year; and how a panel opens a township or a region below. */
export interface Selection {
  regionCode: string;
  region: RegionRef;
  year: number;
  /** Above the county the panels group townships by the next level down (counties of a city, cities of a province). */
  groupLevel: GroupLevel | null;
  openTownship: (code: string) => void;
  openRegion: (code: string) => void;
}

export type GroupLevel = Extract<RegionLevel, 'CITY' | 'COUNTY'>;

/** A township as the list queries return it. */
export interface TownshipRef {
  code: string;
  name: string;
}

/** The level a region's panels group by: none at a county, whose rows are its townships. */
export function groupLevelBelow(level: RegionLevel): GroupLevel | null {
  if (level === 'PROVINCE') return 'CITY';
  if (level === 'CITY') return 'COUNTY';
  return null;
}

/** The code of the group (county or city) a township falls in. */
export function groupOf(township: TownshipPlaceFragment, level: GroupLevel): string | null {
  return level === 'CITY' ? township.cityCode : township.countyCode;
}

/** What a row of the panels is, as headings name it: a township, or above the county a county (or city). */
export function rowWord(groupLevel: GroupLevel | null): string {
  return { CITY: '市', COUNTY: '县（市、区）', TOWNSHIP: '乡镇' }[groupLevel ?? 'TOWNSHIP'];
}

/** How a heading names the whole region: 全省, 全市, 全县 (县级市 and 区 alike). */
export function wholeRegionWord(level: RegionLevel): string {
  return { PROVINCE: '全省', CITY: '全市', COUNTY: '全县', TOWNSHIP: '全镇' }[level];
}
