/**
 * A comparison as a sheet: Chinese column headers and one line per row, the same for CSV
 * and XLSX. Values stay as numbers; a null stays an empty cell (never 0).
 */
export type SheetCell = string | number | null;

export interface Sheet {
  headers: string[];
  rows: SheetCell[][];
}

export interface ExportedMetric {
  key: string;
  label: string;
  unit: string;
}

export interface ExportedRow {
  region: { code: string; name: string; level: string };
  year: number;
  rank: number;
  reportCount: number;
  missingCount: number;
  values: { metric: string; value: number | null; previous: number | null; delta: number | null }[];
}

const LEVEL_NAMES: Record<string, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇级' };

function metricHeaders(metric: ExportedMetric): string[] {
  const label = metric.unit ? `${metric.label}（${metric.unit}）` : metric.label;
  return [label, `${metric.label}·上年`, `${metric.label}·增减`];
}

export function comparisonSheet(
  metricKeys: readonly string[],
  definitions: readonly ExportedMetric[],
  rows: readonly ExportedRow[],
): Sheet {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const metrics = metricKeys.map((key) => byKey.get(key) ?? { key, label: key, unit: '' });
  return {
    headers: ['区划代码', '区划名称', '层级', '年度', '排名', ...metrics.flatMap(metricHeaders), '已报送报告数', '未报送数'],
    rows: rows.map((row) => {
      const values = new Map(row.values.map((value) => [value.metric, value]));
      return [
        row.region.code,
        row.region.name,
        LEVEL_NAMES[row.region.level] ?? row.region.level,
        row.year,
        row.rank,
        ...metrics.flatMap(({ key }) => {
          const value = values.get(key);
          return [value?.value ?? null, value?.previous ?? null, value?.delta ?? null];
        }),
        row.reportCount,
        row.missingCount,
      ];
    }),
  };
}
