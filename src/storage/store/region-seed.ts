import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/project-root';

/** The four tiers of the national division tree, from the top down. */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';

export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'];

/**
 * One region as the hub stores it. The ancestor columns are denormalised so that "every
 * township under code X" is one indexed equality on provinceCode, cityCode or countyCode.
 * A region's own code is never in its cityCode or countyCode; provinceCode is the one
 * exception: it is non-null by contract, so a province carries its own code there.
 * countyCode is null for a township whose city has no county level (东莞, 中山, 儋州).
 */
export interface RegionSeed {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
}

/** A line of seeds/regions.tsv: a region and its parent, before ancestors are filled in. */
export type RegionRow = Pick<RegionSeed, 'code' | 'name' | 'level' | 'parentCode'>;

export const REGIONS_TSV_COLUMNS = ['code', 'name', 'level', 'parentCode'] as const;

/** Resolved from the folder holding package.json, so it works from src/ (ts-jest) and dist/. */
export function regionsTsvPath(): string {
  return join(projectRoot(), 'seeds', 'regions.tsv');
}

/** Reads the committed region seed with every region's ancestor codes filled in. */
export function loadRegionSeed(): RegionSeed[] {
  return withAncestors(parseRegionsTsv(readFileSync(regionsTsvPath(), 'utf8')));
}

export function parseRegionsTsv(text: string): RegionRow[] {
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  if (header !== REGIONS_TSV_COLUMNS.join('\t')) throw new Error(`unexpected regions.tsv header: ${header}`);
  return lines.map(parseRegionLine);
}

function parseRegionLine(line: string): RegionRow {
  const [code, name, level, parentCode, ...extra] = line.split('\t');
  if (!code || !name || parentCode === undefined || extra.length > 0 || !isRegionLevel(level)) {
    throw new Error(`malformed regions.tsv line: ${line}`);
  }
  return { code, name, level, parentCode: parentCode === '' ? null : parentCode };
}

function isRegionLevel(value: string | undefined): value is RegionLevel {
  return REGION_LEVELS.includes(value as RegionLevel);
}

/**
 * Fills ancestors by walking parent links rather than cutting code prefixes: a 东莞 township
 * (441900003) hangs directly off its city, so its 6-digit prefix names no county.
 */
export function withAncestors(rows: readonly RegionRow[]): RegionSeed[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return rows.map((row) => {
    const ancestors = ancestorCodes(row, byCode);
    const provinceCode = row.level === 'PROVINCE' ? row.code : ancestors.PROVINCE;
    if (!provinceCode) throw new Error(`region ${row.code} has no province ancestor`);
    return { ...row, provinceCode, cityCode: ancestors.CITY ?? null, countyCode: ancestors.COUNTY ?? null };
  });
}

function ancestorCodes(row: RegionRow, byCode: ReadonlyMap<string, RegionRow>): Partial<Record<RegionLevel, string>> {
  const found: Partial<Record<RegionLevel, string>> = {};
  for (let code = row.parentCode; code !== null;) {
    const parent = byCode.get(code);
    if (!parent) throw new Error(`region ${row.code} has unknown ancestor ${code}`);
    // A level seen twice means a parent cycle or a mis-nested tree; stop rather than loop.
    if (found[parent.level]) throw new Error(`region ${row.code} has two ${parent.level} ancestors`);
    found[parent.level] = parent.code;
    code = parent.parentCode;
  }
  return found;
}
