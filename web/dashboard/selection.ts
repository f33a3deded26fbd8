/** What the dashboard shows: a region's townships in a year; and how a panel opens a township's report. */
export interface Selection {
  regionCode: string;
  year: number;
  openTownship(code: string): void;
}

/** A township as the list queries return it. */
export interface TownshipRef {
  code: string;
  name: string;
}
