/**
 * ReportData ⇄ entity rows, both ways, with no database: what is stored is exactly what was
 * read, and reading it back gives the same ReportData (a test round-trips every fixture).
 */
import {
  ApplicationCount,
  CaseOutcome,
  DisclosureItem,
  NarrativeCount,
  NarrativeSection,
  PublicationCount,
  ReportIssueRecord,
} from '../../../entities';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROW_PATHS,
  Applications,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  DISCLOSURE_COLUMN_KEYS,
  DisclosureColumnKey,
  DISCLOSURE_ITEM_KEYS,
  DisclosureItem as DisclosureItemData,
  RESPONSE_KEYS,
  ReportData,
  ReportIssue,
  SECTION_KEYS,
  applicationRow,
  setApplicationRow,
} from '../../reading/template/report-data';
import { storedCaseGroup, storedCountSource, storedSeverity } from './stored-enums';

/** The rows one report version is stored as. `versionId` is filled in when it is known. */
export interface ReportRows {
  disclosureItems: Partial<DisclosureItem>[];
  applicationCounts: Partial<ApplicationCount>[];
  caseOutcomes: Partial<CaseOutcome>[];
  publicationCounts: Partial<PublicationCount>[];
  narrativeSections: Partial<NarrativeSection>[];
  narrativeCounts: Partial<NarrativeCount>[];
  issues: Partial<ReportIssueRecord>[];
}

/** Cells are stored one path per line in a text column. */
export const joinPaths = (paths: readonly string[]): string => paths.join('\n');
export const splitPaths = (text: string | null): string[] => (text ? text.split('\n') : []);

export function issueRows(issues: readonly ReportIssue[]): Partial<ReportIssueRecord>[] {
  return issues.map((issue, position) => ({
    position,
    rule: issue.rule,
    severity: issue.severity,
    message: issue.message,
    cells: joinPaths(issue.cells),
  }));
}

/** Each publication metric with where ReportData holds it: `channels.website` is data.channels.website. */
const PUBLICATION_METRICS = [
  ...CHANNEL_KEYS.map((key) => ({ metric: `channels.${key}`, group: 'channels' as const, key })),
  ...RESPONSE_KEYS.map((key) => ({ metric: `responses.${key}`, group: 'responses' as const, key })),
];

function publicationValue(data: ReportData, { group, key }: (typeof PUBLICATION_METRICS)[number]): number | null | undefined {
  return (data[group] as Record<string, number | null> | undefined)?.[key];
}

export function toRows(data: ReportData): ReportRows {
  const apps = data.applications;
  return {
    disclosureItems: DISCLOSURE_ITEM_KEYS.filter((item) => data.activeDisclosure?.[item]).map((item) => ({
      item,
      ...data.activeDisclosure![item],
    })),
    applicationCounts: APPLICATION_ROW_PATHS.filter((path) => applicationRow(apps, path)).map((rowKey) => ({
      rowKey,
      ...applicationRow(apps, rowKey),
    })),
    caseOutcomes: CASE_GROUPS.filter((group) => data[group]).map((caseGroup) => ({ caseGroup, ...data[caseGroup] })),
    publicationCounts: PUBLICATION_METRICS.flatMap((publication) => {
      const value = publicationValue(data, publication);
      if (value === undefined) return [];
      const evidence = data.countSources?.[publication.metric];
      return {
        metric: publication.metric,
        value,
        source: evidence?.source ?? 'table',
        evidence: evidence?.text ?? '',
      };
    }),
    narrativeSections: SECTION_KEYS.filter((key) => data.sections?.[key] !== undefined).map((sectionKey) => ({
      sectionKey,
      text: data.sections![sectionKey]!,
    })),
    narrativeCounts: (data.narrativeCounts ?? []).map((count, position) => ({
      position,
      metric: count.key,
      value: count.value,
      sentence: count.sentence,
    })),
    issues: issueRows(data.issues),
  };
}

function pick<K extends string>(row: object, keys: readonly K[]): Record<K, number | null> {
  const source = row as Record<string, unknown>;
  const out = {} as Record<K, number | null>;
  for (const key of keys) {
    const value = source[key];
    out[key] = value === null || value === undefined ? null : Number(value);
  }
  return out;
}

/** Table-2 items keep only the columns their template gives (an unknown item keeps what it has). */
function disclosureItem(row: DisclosureItem, template: ReportData['template']): DisclosureItemData {
  const templateColumns = (DISCLOSURE_COLUMNS[template] as Record<string, readonly DisclosureColumnKey[]>)[row.item];
  const record = row as unknown as Record<string, unknown>;
  return pick(row, templateColumns ?? DISCLOSURE_COLUMN_KEYS.filter((key) => record[key] !== null));
}

/** What a version row adds to its table rows to make a whole ReportData. */
export interface VersionFacts {
  organization: string | null;
  year: number;
  template: ReportData['template'];
  publishedOn: string | null;
  notApplicable: string | null;
}

/** Each key's place in a list of keys. */
const placesOf = (keys: readonly string[]): ReadonlyMap<string, number> => new Map(keys.map((key, place) => [key, place]));

const ITEM_PLACES = placesOf(DISCLOSURE_ITEM_KEYS);
const APPLICATION_ROW_PLACES = placesOf(APPLICATION_ROW_PATHS);
const CASE_GROUP_PLACES = placesOf(CASE_GROUPS);
const PUBLICATION_PLACES = placesOf(PUBLICATION_METRICS.map(({ metric }) => metric));
const SECTION_PLACES = placesOf(SECTION_KEYS);

/**
 * Keyed rows in the order toRows writes them (a key it does not know last), so that the
 * ReportData read back has its keys in the template's order whatever order the database
 * returns the rows in: by primary key, (version_id, key), that is alphabetical.
 */
function inTemplateOrder<T>(rows: readonly T[], keyOf: (row: T) => string | undefined, places: ReadonlyMap<string, number>): T[] {
  const place = (row: T) => places.get(keyOf(row) ?? '') ?? places.size;
  return [...rows].sort((a, b) => place(a) - place(b));
}

export function fromRows(version: VersionFacts, rows: ReportRows): ReportData {
  const data: ReportData = {
    organization: version.organization,
    year: version.year,
    template: version.template,
    publishedOn: version.publishedOn,
    issues: [],
  };
  if (rows.disclosureItems.length) {
    data.activeDisclosure = Object.fromEntries(
      inTemplateOrder(rows.disclosureItems, (row) => row.item, ITEM_PLACES).map((row) => [
        row.item!,
        disclosureItem(row as DisclosureItem, version.template),
      ]),
    );
  }
  if (rows.applicationCounts.length) {
    const apps: Applications = {};
    for (const row of inTemplateOrder(rows.applicationCounts, (row) => row.rowKey, APPLICATION_ROW_PLACES))
      setApplicationRow(apps, row.rowKey!, pick(row, APPLICANT_COLUMNS));
    data.applications = apps;
  }
  for (const row of inTemplateOrder(rows.caseOutcomes, (row) => row.caseGroup, CASE_GROUP_PLACES)) {
    data[storedCaseGroup(row.caseGroup)] = pick(row, CASE_COLUMNS);
  }
  for (const row of inTemplateOrder(rows.publicationCounts, (row) => row.metric, PUBLICATION_PLACES)) {
    const [group, key] = row.metric!.split('.');
    const target = ((data as unknown as Record<string, Record<string, number | null>>)[group] ??= {});
    target[key] = row.value ?? null;
    // The read model holds the counts without where each was read (value-row-data.ts).
    if (row.source !== undefined)
      (data.countSources ??= {})[row.metric!] = { source: storedCountSource(row.source), text: row.evidence ?? '' };
  }
  if (rows.narrativeSections.length) {
    data.sections = Object.fromEntries(
      inTemplateOrder(rows.narrativeSections, (row) => row.sectionKey, SECTION_PLACES).map((row) => [row.sectionKey!, row.text!]),
    );
  }
  if (rows.narrativeCounts.length) {
    data.narrativeCounts = rows.narrativeCounts.map((row) => ({
      key: row.metric!,
      value: Number(row.value),
      sentence: row.sentence!,
    }));
  }
  const notApplicable = splitPaths(version.notApplicable);
  if (notApplicable.length) data.notApplicable = notApplicable;
  data.issues = rows.issues.map((row) => ({
    rule: row.rule!,
    severity: storedSeverity(row.severity),
    message: row.message!,
    cells: splitPaths(row.cells ?? null),
  }));
  return data;
}
