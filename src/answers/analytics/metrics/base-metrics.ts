/**
 * Every cell of ReportData as a metric keyed by its docs/domain.md path, built from the key lists
 * of report-data.ts (no hand-typed list): table 2 by template, table 3 rows × applicant
 * columns, table 4 groups × outcome columns, the channel and response counts.
 */
import { describeCell, type ApplicationRowPath } from '../../../reading/template/cell-labels';
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_ROW_PATHS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  DISCLOSURE_COLUMN_KEYS,
  DISCLOSURE_ITEM_KEYS,
  RESPONSE_KEYS,
  TEMPLATE_VERSIONS,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type TemplateVersion,
} from '../../../reading/template/report-data';
import { applicationWording, caseWording, channelWording, disclosureWording, responseWording, type CellWording } from './base-wording';
import type { CellSource } from './formula';
import type { Metric } from './metric';

function baseMetric(key: string, source: CellSource, templates: readonly TemplateVersion[], wording: CellWording): Metric {
  // The newest template that carries the cell names it; older wording differs only slightly.
  const template = templates[templates.length - 1];
  return {
    key,
    ...wording,
    description: describeCell(key, template),
    templates,
    aggregation: { kind: 'sum', formula: { kind: 'cell', metric: key, source } },
  };
}

function disclosureTemplates(item: DisclosureItemKey, column: DisclosureColumnKey): TemplateVersion[] {
  return TEMPLATE_VERSIONS.filter((template) => {
    const items: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[template];
    return items[item]?.includes(column);
  });
}

function disclosureMetrics(): Metric[] {
  return DISCLOSURE_ITEM_KEYS.flatMap((item) =>
    DISCLOSURE_COLUMN_KEYS.flatMap((column) => {
      const templates = disclosureTemplates(item, column);
      if (templates.length === 0) return [];
      const source: CellSource = { table: 'disclosureItems', key: item, column };
      const wording = disclosureWording(item, column, templates[templates.length - 1]);
      return [baseMetric(`activeDisclosure.${item}.${column}`, source, templates, wording)];
    }),
  );
}

/** The 2019 template has one （六）其他处理 row (`otherHandling.total`); its sub-rows came in 2021. */
const OTHER_HANDLING_SUB_ROWS: readonly string[] = APPLICATION_GROUPS.otherHandling
  .filter((key) => key !== 'total')
  .map((key) => `otherHandling.${key}`);

function applicationMetrics(): Metric[] {
  return APPLICATION_ROW_PATHS.flatMap((row) => {
    const templates = OTHER_HANDLING_SUB_ROWS.includes(row) ? (['2021'] as const) : TEMPLATE_VERSIONS;
    return APPLICANT_COLUMNS.map((column) =>
      baseMetric(
        `applications.${row}.${column}`,
        { table: 'applicationCounts', key: row, column },
        templates,
        applicationWording(row as ApplicationRowPath, column),
      ),
    );
  });
}

function caseMetrics(): Metric[] {
  return CASE_GROUPS.flatMap((group) =>
    CASE_COLUMNS.map((column) =>
      baseMetric(`${group}.${column}`, { table: 'caseOutcomes', key: group, column }, TEMPLATE_VERSIONS, caseWording(group, column)),
    ),
  );
}

/** The platform table is an optional extra beside either template (or its counts stand in the prose). */
function publicationMetrics(): Metric[] {
  const metric = (key: string, wording: CellWording) =>
    baseMetric(key, { table: 'publicationCounts', key, column: 'value' }, TEMPLATE_VERSIONS, wording);
  return [
    ...CHANNEL_KEYS.map((key) => metric(`channels.${key}`, channelWording(key))),
    ...RESPONSE_KEYS.map((key) => metric(`responses.${key}`, responseWording(key))),
  ];
}

export const BASE_METRICS: readonly Metric[] = [...disclosureMetrics(), ...applicationMetrics(), ...caseMetrics(), ...publicationMetrics()];
