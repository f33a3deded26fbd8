import { EntityManager, In } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { HubError } from '../../core/errors';
import { normalizeRegionCode } from '../../core/region-code';
import { quoteInput } from '../../core/quote-input';
import { ancestorColumn, requireRegion } from '../store/regions';
import type { ListedRegion } from './region-list';

/** A region as it stands after the change: its parent and the codes of its ancestors. */
export interface TreeNode {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
}

export type SuccessorKind = 'MERGED' | 'RENAMED';

export interface RetiredRegion {
  code: string;
  name: string;
  /** The code it continues under, as the operator confirmed it (--merge OLD=NEW); null: none. */
  successor: { code: string; kind: SuccessorKind } | null;
}

/**
 * What an import would do, from `effectiveYear` on: codes added (valid from that year), names
 * changed (the code keeps its history), parents changed, codes retired (valid to the year
 * before), merges proposed for the operator to confirm (a retired code whose name is listed
 * under another code), and every region whose ancestor codes change (moved, or under one moved).
 */
export interface RegionChangePlan {
  effectiveYear: number;
  region: Region | null;
  added: TreeNode[];
  renamed: { code: string; from: string; to: string }[];
  moved: { code: string; name: string; from: string | null; to: string | null }[];
  retired: RetiredRegion[];
  proposedMerges: { from: string; fromName: string; into: string }[];
  /** Added codes split from a region (--split NEW=OLD): NEW's splitFrom. */
  splits: { code: string; from: string }[];
  reancestored: TreeNode[];
}

/** The level a code is at by its shape: 9 digits a township, then xx0000, xxxx00, the rest a county. */
function levelOf(code: string): RegionLevel {
  if (code.length === 9) return RegionLevel.TOWNSHIP;
  if (code.endsWith('0000')) return RegionLevel.PROVINCE;
  if (code.endsWith('00')) return RegionLevel.CITY;
  return RegionLevel.COUNTY;
}

/** The parent a code has by its shape, where the list does not say: the county of a township (its city without one), and so on up. */
function structuralParent(code: string, exists: (code: string) => boolean): string | null {
  const city = `${code.slice(0, 4)}00`;
  const level = levelOf(code);
  switch (level) {
    case RegionLevel.TOWNSHIP:
      return exists(code.slice(0, 6)) ? code.slice(0, 6) : city;
    case RegionLevel.COUNTY:
      return exists(city) ? city : `${code.slice(0, 2)}0000`;
    case RegionLevel.CITY:
      return `${code.slice(0, 2)}0000`;
    case RegionLevel.PROVINCE:
      return null;
    default: {
      const unknown: never = level;
      throw new Error(`unknown region level ${String(unknown)}`);
    }
  }
}

/** The regions the list covers: every valid region under `region` (the whole tree when null). One statement. */
function currentUnder(manager: EntityManager, region: Region | null): Promise<Region[]> {
  const query = manager.createQueryBuilder(Region, 'r').where('r.validTo IS NULL');
  if (region) {
    query.andWhere(`r.${ancestorColumn(region.level)} = :code`, { code: region.code }).andWhere('r.code != :code');
  }
  return query.orderBy('r.code').getMany();
}

function listError(message: string, details: Record<string, unknown>): HubError {
  return new HubError('BAD_REGION_LIST', message, details);
}

/** The tree after the change, with every node's ancestors walked up its parents (above the list: the stored row's). */
function withAncestorCodes(
  nodes: Map<string, Omit<TreeNode, 'provinceCode' | 'cityCode' | 'countyCode'>>,
  outside: Region | null,
): TreeNode[] {
  const resolved = new Map<string, TreeNode>();
  const resolve = (code: string, depth: number): TreeNode | Region => {
    if (outside && code === outside.code) return outside;
    const done = resolved.get(code);
    if (done) return done;
    const node = nodes.get(code);
    // Four levels at most: deeper is a cycle of parents in the list.
    if (!node || depth > 4) throw listError(`区划「${quoteInput(code)}」的上级不在清单覆盖的区划中`, { regionCode: code });
    const codes: Pick<TreeNode, 'provinceCode' | 'cityCode' | 'countyCode'> = {
      provinceCode: node.level === RegionLevel.PROVINCE ? code : null,
      cityCode: null,
      countyCode: null,
    };
    if (node.parentCode) {
      const parent = resolve(node.parentCode, depth + 1);
      codes.provinceCode = parent.provinceCode;
      codes.cityCode = parent.level === RegionLevel.CITY ? parent.code : parent.cityCode;
      codes.countyCode = parent.level === RegionLevel.COUNTY ? parent.code : parent.countyCode;
    }
    const full = { ...node, ...codes };
    resolved.set(code, full);
    return full;
  };
  return [...nodes.keys()].map((code) => resolve(code, 0));
}

const sameAncestors = (a: TreeNode, b: Region) =>
  a.parentCode === b.parentCode && a.provinceCode === b.provinceCode && a.cityCode === b.cityCode && a.countyCode === b.countyCode;

function successorOf(
  code: string,
  merges: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, TreeNode>,
  added: ReadonlySet<string>,
  name: string,
) {
  const into = merges.get(code);
  if (!into) return null;
  const target = after.get(into);
  if (!target) throw listError(`--merge ${code}=${into}：${into} 不在变更后的区划中`, { from: code, into });
  // A code that continues alone under a new code of the same name is the same township recoded.
  const alone = [...merges.values()].filter((other) => other === into).length === 1;
  const kind: SuccessorKind = added.has(into) && alone && target.name === name ? 'RENAMED' : 'MERGED';
  return { code: into, kind };
}

/** A split names a code this list adds, split from a region the list covers (kept or retired). */
function checkSplits(splits: ReadonlyMap<string, string>, added: ReadonlySet<string>, before: ReadonlyMap<string, Region>): void {
  for (const [code, from] of splits) {
    if (!added.has(code)) throw listError(`--split ${code}=${from}：${code} 不是本次新增的区划`, { code, from });
    if (!before.has(from)) throw listError(`--split ${code}=${from}：${from} 不是清单覆盖的现有区划`, { code, from });
  }
}

/** What a region list changes: from which year, under which region, and the merges and splits the operator confirmed. */
export interface RegionChangeOptions {
  effectiveYear: number;
  regionCode: string | null;
  merges: ReadonlyMap<string, string>;
  /** Absent: none. */
  splits?: ReadonlyMap<string, string>;
}

/**
 * Compares the list with the stored tree under `regionCode` and says what would change; reads
 * two statements, writes nothing. `merges` (OLD → NEW) are the merges the operator confirmed,
 * `splits` (NEW → OLD) the added codes split from an existing one.
 */
export async function planRegionChange(
  manager: EntityManager,
  listed: readonly ListedRegion[],
  options: RegionChangeOptions,
): Promise<RegionChangePlan> {
  const splits = options.splits ?? new Map<string, string>();
  const region = options.regionCode === null ? null : await requireRegion(manager, options.regionCode);
  if (region?.level === RegionLevel.TOWNSHIP)
    throw listError(`--region ${region.code} 是乡镇，清单覆盖的应是其上级区划`, { regionCode: region.code });
  const current = await currentUnder(manager, region);
  const before = new Map(current.map((row) => [row.code, row]));
  const listedCodes = new Map(listed.map((row) => [row.code, row]));
  const exists = (code: string) => before.has(code) || listedCodes.has(code) || code === region?.code;
  const nodes = new Map(
    listed.map((row) => [
      row.code,
      { code: row.code, name: row.name, level: levelOf(row.code), parentCode: row.parentCode ?? structuralParent(row.code, exists) },
    ]),
  );
  const after = new Map(withAncestorCodes(nodes, region).map((node) => [node.code, node]));
  const addedCodes = listed.filter((row) => !before.has(row.code)).map((row) => row.code);
  const taken = addedCodes.length ? await manager.findBy(Region, { code: In(addedCodes) }) : [];
  if (taken.length) throw listError(`代码 ${taken[0].code}（${taken[0].name}）已被使用过，不能再新增`, { regionCode: taken[0].code });
  const added = new Set(addedCodes);
  for (const [from] of options.merges) {
    if (!before.has(from) || listedCodes.has(from)) throw listError(`--merge ${from}=…：${from} 不是本次撤销的区划`, { from });
  }
  checkSplits(splits, added, before);
  const retiredRows = current.filter((row) => !listedCodes.has(row.code));
  const retiredCodes = new Set(retiredRows.map((row) => row.code));
  return {
    effectiveYear: options.effectiveYear,
    region,
    added: addedCodes.map((code) => after.get(code)!),
    renamed: current
      .filter((row) => listedCodes.has(row.code) && listedCodes.get(row.code)!.name !== row.name)
      .map((row) => ({ code: row.code, from: row.name, to: listedCodes.get(row.code)!.name })),
    moved: current
      .filter((row) => after.has(row.code) && after.get(row.code)!.parentCode !== row.parentCode)
      .map((row) => ({ code: row.code, name: row.name, from: row.parentCode, to: after.get(row.code)!.parentCode })),
    retired: retiredRows.map((row) => ({
      code: row.code,
      name: row.name,
      successor: successorOf(row.code, options.merges, after, added, row.name),
    })),
    proposedMerges: retiredRows
      .filter((row) => !options.merges.has(row.code))
      .flatMap((row) =>
        listed
          .filter((other) => other.name === row.name && !retiredCodes.has(other.code))
          .map((other) => ({ from: row.code, fromName: row.name, into: other.code })),
      ),
    splits: [...splits].map(([code, from]) => ({ code, from })),
    reancestored: current
      .filter((row) => after.has(row.code) && !sameAncestors(after.get(row.code)!, row))
      .map((row) => after.get(row.code)!),
  };
}

/** Pairs of codes `A=B` as the command line and the mutation take them, keyed by A. */
function parseCodePairs(option: '--merge' | '--split', form: string, values: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const value of values) {
    const [key, code, ...rest] = value.split('=').map((part) => normalizeRegionCode(part));
    if (!key || !code || rest.length)
      throw new HubError('BAD_USER_INPUT', `${option}「${quoteInput(value)}」不是「${form}」`, { [option.slice(2)]: quoteInput(value) });
    pairs.set(key, code);
  }
  return pairs;
}

/** `--merge OLD=NEW`: OLD → NEW. */
export function parseMerges(values: readonly string[]): Map<string, string> {
  return parseCodePairs('--merge', '旧代码=新代码', values);
}

/** `--split NEW=OLD`: NEW → OLD, the region the new code was split from. */
export function parseSplits(values: readonly string[]): Map<string, string> {
  return parseCodePairs('--split', '新代码=原代码', values);
}

/** The year an effective date (YYYY-MM-DD) falls in: the change applies from that year on. */
export function effectiveYearOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match || Number.isNaN(Date.parse(`${match[0]}T00:00:00Z`))) {
    throw new HubError('BAD_USER_INPUT', `生效日期「${quoteInput(date)}」不是 YYYY-MM-DD`, { effective: quoteInput(date) });
  }
  return Number(match[1]);
}
