/**
 * The read model of current values, `report_values`: one row per township and year with a
 * report, holding every cell of its current version, which table rows it has, its issue counts and the version's facts
 * (template, date, organization, cells not applicable) as columns, with the
 * township's region codes of every level beside them. Comparisons read one row per
 * township-year from it instead of a row per table row of the version (one index descent
 * instead of ~50). The entity tables stay the record: a row here is always recomputed from
 * them (report-values-fill.ts), in the transaction that wrote them.
 *
 * Its columns are data, enumerated from the templates' key lists; the migration that builds
 * the table, the writer and the comparisons all read this one list. On MariaDB it is clustered
 * by (year, province_code, township_code), (year, township_code) unique beside it: a
 * province's year is one range of the key (migration 1769000000000).
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ApplicationCount, CaseOutcome, DisclosureItem, PublicationCount, type Region, type ReportVersion } from '../../../entities';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_ROW_PATHS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  DISCLOSURE_COLUMN_KEYS,
  DISCLOSURE_ITEM_KEYS,
  RESPONSE_KEYS,
  SEVERITIES,
  TEMPLATE_VERSIONS,
  type DisclosureItemKey,
  type Severity,
} from '../../reading/template/report-data';

export const REPORT_VALUES_TABLE = 'report_values';

/**
 * On MariaDB the read model is clustered by (year, province_code, township_code) (migration
 * 1769000000000); this unique key is a single report's row. SQLite's primary key is
 * (year, township_code) itself.
 */
export const REPORT_VALUES_TOWNSHIP_KEY = `ux_${REPORT_VALUES_TABLE}_year_township_code`;

/** The per-version row tables that hold a report's cells. */
export type CellTable = 'disclosureItems' | 'applicationCounts' | 'caseOutcomes' | 'publicationCounts';

interface CellTableFacts {
  entity: EntityTarget<ObjectLiteral>;
  /** The property that tells a version's rows apart: unique together with versionId. */
  discriminator: string;
  /** Starts the read model's column names of its cells. */
  prefix: string;
}

export const CELL_TABLES: Record<CellTable, CellTableFacts> = {
  disclosureItems: { entity: DisclosureItem, discriminator: 'item', prefix: 'di' },
  applicationCounts: { entity: ApplicationCount, discriminator: 'rowKey', prefix: 'ac' },
  caseOutcomes: { entity: CaseOutcome, discriminator: 'caseGroup', prefix: 'co' },
  publicationCounts: { entity: PublicationCount, discriminator: 'metric', prefix: 'pc' },
};

/** One cell of a report as a column of the read model: table row `key`, entity property `field`. */
export interface ValueCell {
  column: string;
  table: CellTable;
  key: string;
  field: string;
  /** Only table 2's amounts are not whole numbers. */
  type: 'int' | 'double';
}

function valueCell(table: CellTable, key: string, field: string): ValueCell {
  const column = [CELL_TABLES[table].prefix, ...key.split('.'), field].join('_');
  return { column, table, key, field, type: field === 'amount' ? 'double' : 'int' };
}

function disclosureCells(): ValueCell[] {
  const used = (item: DisclosureItemKey, column: string) =>
    TEMPLATE_VERSIONS.some((template) => {
      const items: Partial<Record<DisclosureItemKey, readonly string[]>> = DISCLOSURE_COLUMNS[template];
      return items[item]?.includes(column);
    });
  return DISCLOSURE_ITEM_KEYS.flatMap((item) =>
    DISCLOSURE_COLUMN_KEYS.filter((column) => used(item, column)).map((column) => valueCell('disclosureItems', item, column)),
  );
}

/** Every cell a report can state, table by table. */
export const VALUE_CELLS: readonly ValueCell[] = [
  ...disclosureCells(),
  ...APPLICATION_ROW_PATHS.flatMap((row) => APPLICANT_COLUMNS.map((column) => valueCell('applicationCounts', row, column))),
  ...CASE_GROUPS.flatMap((group) => CASE_COLUMNS.map((column) => valueCell('caseOutcomes', group, column))),
  ...[...CHANNEL_KEYS.map((key) => `channels.${key}`), ...RESPONSE_KEYS.map((key) => `responses.${key}`)].map((metric) =>
    valueCell('publicationCounts', metric, 'value'),
  ),
];

/** A table row of a version as a column: 1 when the version has the row, whose cells may all be blank, else 0. */
export interface ValueRow {
  column: string;
  table: CellTable;
  key: string;
}

/** Every table row a report can have, in the order of VALUE_CELLS. */
export const VALUE_ROWS: readonly ValueRow[] = [
  ...new Map(VALUE_CELLS.map(({ table, key }) => [`${table}:${key}`, { table, key }])).values(),
].map(({ table, key }) => ({ column: ['has', CELL_TABLES[table].prefix, ...key.split('.')].join('_'), table, key }));

const CELL_BY_SOURCE = new Map(VALUE_CELLS.map((cell) => [`${cell.table}:${cell.key}:${cell.field}`, cell]));

/** The read model's column of a cell; a cell it does not hold is a programming error, said at once. */
export function valueCellColumn(table: CellTable, key: string, field: string): string {
  const cell = CELL_BY_SOURCE.get(`${table}:${key}:${field}`);
  if (!cell) throw new Error(`the read model has no column for ${table} ${key}.${field}`);
  return cell.column;
}

/** The column counting a version's issues of one severity, or of all (null). */
export function issueCountColumn(severity: Severity | null): string {
  return severity === null ? 'issue_count' : `issue_count_${severity}`;
}

export const ISSUE_COUNT_SEVERITIES: readonly (Severity | null)[] = [null, ...SEVERITIES];

/** A column of the township's region beside each row. */
export interface TownshipFact {
  column: string;
  property: keyof Region & ('provinceCode' | 'cityCode' | 'countyCode' | 'validFrom' | 'validTo');
}

/** The region codes beside each row: a filter on any level is a range of an index (the province's, of the key on MariaDB). */
export const REGION_CODES: readonly TownshipFact[] = [
  { column: 'province_code', property: 'provinceCode' },
  { column: 'city_code', property: 'cityCode' },
  { column: 'county_code', property: 'countyCode' },
];

export const REGION_CODE_COLUMNS = REGION_CODES.map((code) => code.column);

/**
 * The township's years of validity: a comparison of counties, cities or provinces reads the
 * rows of the township-years it counts from the read model alone, without a descent into the
 * regions per row (a region import that retires a township rewrites them; migration
 * 1769600000000).
 */
export const TOWNSHIP_FACTS: readonly TownshipFact[] = [
  { column: 'township_valid_from', property: 'validFrom' },
  { column: 'township_valid_to', property: 'validTo' },
];

/**
 * An index of the read model holding few of its columns: a statement that reads nothing else
 * reads its range instead of the primary key's rows of some 300 columns.
 */
export interface NarrowIndex {
  readonly name: string;
  /** In key order: the year and the province's code lead every one. */
  readonly columns: readonly string[];
}

/** The read model's columns of a report's counts by channel. */
const CHANNEL_COLUMNS = CHANNEL_KEYS.map((key) => valueCellColumn('publicationCounts', `channels.${key}`, 'value'));

/**
 * A narrow index (migration 1769500000000): the scope's key, then what a channel ranking reads
 * of each report, whether there is one and its counts by channel.
 */
export const CHANNEL_RANKING_INDEX: NarrowIndex = {
  name: `ix_${REPORT_VALUES_TABLE}_channel_ranking`,
  columns: ['year', 'province_code', 'township_code', 'report_id', ...CHANNEL_COLUMNS],
};

/** The application rows whose totals make the headline figures: 本年新收, 上年结转, 予以公开, 部分公开, 总计. */
const HEADLINE_APPLICATION_TOTALS = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'totalProcessed'] as const;

/**
 * A narrow index (migration 1769800000000) of what a dashboard compares across regions: every
 * level's code, the township's and its years of validity, which a comparison of counties,
 * cities or provinces groups and counts by, then whether there is a report, its issue count,
 * its counts by channel, and the totals of the application rows above with 本年新收 by
 * applicant (the derived 新收 counts them when its total is blank). The country's grouped
 * comparison read the primary key's rows, 1.3 KB each, for 17 of their columns.
 */
export const HEADLINE_INDEX: NarrowIndex = {
  name: `ix_${REPORT_VALUES_TABLE}_headline`,
  columns: [
    'year',
    'province_code',
    'city_code',
    'county_code',
    'township_code',
    'township_valid_from',
    'township_valid_to',
    'report_id',
    issueCountColumn(null),
    ...CHANNEL_COLUMNS,
    ...HEADLINE_APPLICATION_TOTALS.map((row) => valueCellColumn('applicationCounts', row, 'total')),
    ...APPLICANT_PARTS.map((column) => valueCellColumn('applicationCounts', 'newReceived', column)),
  ],
};

/** Narrowest first: a statement reads the first that holds what it reads. */
const NARROW_INDEXES: readonly NarrowIndex[] = [CHANNEL_RANKING_INDEX, HEADLINE_INDEX];

/**
 * The narrowest index holding every column in `read` whose key ranges the scope's rows: the
 * country's (`scope` null) or a province's (the column after the year). Null when none does: a
 * county's or a city's own (code, year) index reads fewer rows.
 */
export function narrowIndexReading(read: Iterable<string>, scope: string | null): NarrowIndex | null {
  const columns = [...read];
  const rangesScope = (index: NarrowIndex) => scope === null || index.columns[1] === scope;
  return NARROW_INDEXES.find((index) => rangesScope(index) && columns.every((column) => index.columns.includes(column))) ?? null;
}

/** A fact of a report's current version that the read model carries as a column beside its cells. */
export interface VersionFact {
  column: string;
  property: keyof ReportVersion & ('template' | 'organization' | 'publishedOn' | 'notApplicable' | 'narrativeDigest');
}

/**
 * The current version's facts that, with its cells, make its ReportData (fromRows), and the
 * digest that names its narrative: a reader of many reports (a province's assessment) takes
 * them from here rather than from report_versions, whose rows hold the documents and are read
 * from disk when the buffer pool cannot hold them (migrations 1769400000000, 1769700000000).
 */
export const VERSION_FACTS: readonly VersionFact[] = [
  { column: 'template', property: 'template' },
  { column: 'organization', property: 'organization' },
  { column: 'published_on', property: 'publishedOn' },
  { column: 'not_applicable', property: 'notApplicable' },
  { column: 'narrative_digest', property: 'narrativeDigest' },
];
