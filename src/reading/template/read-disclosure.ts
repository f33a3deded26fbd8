/** Table 2 (第二十条): one row per item, the template's columns in order. */
import { CellValue, inUnit, Unit } from './cell-value';
import { disclosureItem } from './labels';
import type { RowPlacer } from './reading-state';
import { DISCLOSURE_COLUMNS, type DisclosureColumnKey, type DisclosureItemKey, type TemplateVersion } from './report-data';
import { disclosureColumnTitle } from './wording';

/** The unit of the `amount` column: 2019's 采购总金额 in yuan, 2021's 收费金额 in 万元. */
const AMOUNT_UNIT: Record<TemplateVersion, Unit> = { '2019': '元', '2021': '万元' };

/** The item's columns, or undefined when the template has no such row (2021: 政府集中采购). */
function columnsOf(template: TemplateVersion, item: DisclosureItemKey): readonly DisclosureColumnKey[] | undefined {
  const columns: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[template];
  return columns[item];
}

export const placeDisclosureRow: RowPlacer = (parts, state, out) => {
  const item = disclosureItem(parts.key);
  const columns = item && columnsOf(out.template, item);
  if (!item || !columns) return false;
  const values = parts.values.map((cell, i): CellValue =>
    columns[i] === 'amount' ? inUnit(cell, state.amountUnit, AMOUNT_UNIT[out.template]) : cell,
  );
  const target = {
    kind: 'disclosure' as const,
    path: `activeDisclosure.${item}`,
    columns,
    titles: columns.map((column) => disclosureColumnTitle(column, out.template)),
    text: parts.text,
    label: parts.label ?? '',
  };
  const row = out.record(target, values);
  if (row) out.activeDisclosure[item] = row;
  return true;
};
