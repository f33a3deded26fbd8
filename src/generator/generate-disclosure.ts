/**
 * Table 2 (第二十条) for one township-year. Each item is drawn once with every column either
 * template could ask for, then cut down to the template's columns (DISCLOSURE_COLUMNS), so
 * the two templates share one set of magnitudes.
 */
import {
  DISCLOSURE_COLUMNS,
  type ActiveDisclosure,
  type DisclosureColumnKey,
  type DisclosureItem,
  type DisclosureItemKey,
  type TemplateVersion,
} from '../reading/template/report-data';
import { assertNever } from './assert-never';
import type { Random } from './random';

type FullItem = Partial<Record<DisclosureColumnKey, number>>;

/** Yearly decision counts a township plausibly reports per item. */
const DECISION_MAX = { licensing: 500, otherServices: 300, punishment: 200, coercion: 20 } as const;

/** Townships often write —— under 上一年项目数量 and 本年增/减, as the fixture does. */
const PROJECT_COUNTS_NOT_APPLICABLE_CHANCE = 0.4;
const FEES_CHARGED_CHANCE = 0.3;

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 规章 / 规范性文件: townships make no regulations; a few normative documents a year. */
function documents(rng: Random, max: number): FullItem {
  const made = rng.skewedInt(0, max);
  const valid = made + rng.skewedInt(0, 6 * max);
  return { made, published: made, total: valid, repealed: rng.skewedInt(0, Math.min(made, 3)), valid };
}

function decisions(rng: Random, max: number): FullItem {
  return { previous: rng.skewedInt(0, 40), change: rng.int(-3, 3), decisions: rng.skewedInt(0, max) };
}

/** 行政事业性收费: 2019 counts fee items, 2021 states the amount in 万元. */
function fees(rng: Random): FullItem {
  const charged = rng.chance(FEES_CHARGED_CHANCE);
  return { previous: charged ? rng.int(1, 3) : 0, change: 0, amount: charged ? cents(rng.next() * 50) : 0 };
}

/** 政府集中采购: the amount is in yuan with fen, as townships write it (371923.02). */
function procurement(rng: Random): FullItem {
  const count = rng.skewedInt(0, 60);
  return { count, amount: count === 0 ? 0 : cents(count * (2000 + rng.next() * 28000)) };
}

function fullItem(rng: Random, item: DisclosureItemKey): FullItem {
  switch (item) {
    case 'regulations':
      return documents(rng, 0);
    case 'normativeDocuments':
      return documents(rng, 5);
    case 'licensing':
    case 'otherServices':
    case 'punishment':
    case 'coercion':
      return decisions(rng, DECISION_MAX[item]);
    case 'fees':
      return fees(rng);
    case 'procurement':
      return procurement(rng);
    default:
      return assertNever(item);
  }
}

export interface GeneratedDisclosure {
  activeDisclosure: ActiveDisclosure;
  /** `activeDisclosure.<item>.<column>` paths written as ——. */
  notApplicable: string[];
}

export function generateDisclosure(rng: Random, template: TemplateVersion): GeneratedDisclosure {
  const columnsByItem: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[template];
  const projectCountsNotApplicable = rng.chance(PROJECT_COUNTS_NOT_APPLICABLE_CHANCE);
  const activeDisclosure: ActiveDisclosure = {};
  const notApplicable: string[] = [];
  for (const [item, columns] of Object.entries(columnsByItem) as [DisclosureItemKey, readonly DisclosureColumnKey[]][]) {
    const full = fullItem(rng, item);
    const cells: DisclosureItem = {};
    for (const column of columns) {
      const markedNotApplicable = projectCountsNotApplicable && item in DECISION_MAX && (column === 'previous' || column === 'change');
      cells[column] = markedNotApplicable ? null : full[column]!;
      if (markedNotApplicable) notApplicable.push(`activeDisclosure.${item}.${column}`);
    }
    activeDisclosure[item] = cells;
  }
  return { activeDisclosure, notApplicable };
}
