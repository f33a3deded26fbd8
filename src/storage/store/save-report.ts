import type { Driver, EntityMetadata } from 'typeorm';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import {
  ApplicationCount,
  CaseOutcome,
  DisclosureItem,
  NarrativeCount,
  NarrativeSection,
  PublicationCount,
  Report,
  ReportIssueRecord,
  ReportVersion,
  VersionOrigin,
} from '../../../entities';
import { narrativeDigest } from '../../reading/template/narrative';
import { ReportData } from '../../reading/template/report-data';
import { storedCellSources } from './cell-sources-codec';
import { ReportRows, joinPaths, toRows } from './report-rows';
import { writeReportValues } from './report-values';

export type SaveStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface StoredDocument {
  bytes: Buffer;
  format: string;
  /** Identity of the upload: equal hashes mean the same upload (UNCHANGED). */
  contentHash: string;
}

export interface SaveReportInput {
  /** Written on the version, to find it after a connection lost at COMMIT; null for bulk loads. */
  uploadId?: string | null;
  townshipCode: string;
  year: number;
  document: StoredDocument;
  data: ReportData;
  /** data.cellSources already encoded (encodeCellSources), where the document was read; else encoded here. */
  encodedSources?: Buffer | null;
  isDemo: boolean;
  /** UPLOAD for a township's document, REPARSE for a stored document read again. */
  origin: VersionOrigin;
  /** PARSER_VERSION of the reading that gave `data`. */
  parserVersion: number;
  /** The name of the token that uploaded the document; null or absent for the CLI and the demo. */
  uploadedBy?: string | null;
}

export interface SaveReportResult {
  status: SaveStatus;
  reportId: number;
  versionId: number;
  /** The current version's number once stored: the new one, or the unchanged one. */
  versionNumber: number;
}

/** Entity of each list in ReportRows. */
export const ROW_TABLES: { [K in keyof ReportRows]: EntityTarget<ObjectLiteral> } = {
  disclosureItems: DisclosureItem,
  applicationCounts: ApplicationCount,
  caseOutcomes: CaseOutcome,
  publicationCounts: PublicationCount,
  narrativeSections: NarrativeSection,
  narrativeCounts: NarrativeCount,
  issues: ReportIssueRecord,
};

/** The columns an INSERT names: all but the generated id and the timestamps the database fills in. */
function insertedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((column) => !column.isGenerated && !column.isCreateDate && !column.isUpdateDate);
}

/** A column a row leaves out is NULL; leaving out one that cannot be (or has a default) is a mistake to say, not to store. */
function valueOf(row: ObjectLiteral, column: ColumnMetadata, driver: Driver): unknown {
  const value: unknown = row[column.propertyName];
  if (value !== undefined) return driver.preparePersistentValue(value, column);
  if (column.isNullable && column.default === undefined) return null;
  throw new Error(`${column.entityMetadata.name}.${column.propertyName} is missing from a row to insert`);
}

/**
 * One multi-row INSERT of `rows`, built from the entity's columns with a placeholder a value.
 * Not TypeORM's InsertQueryBuilder: it names every value as a parameter and parses the names
 * back out of the statement, which cost more than the database took to store the rows of a
 * bulk load (bench/results.md).
 */
export async function insertRows(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
  if (!rows.length) return;
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const columns = insertedColumns(metadata);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(valueOf(row, column, driver));
  await manager.query(
    `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${rows.map(() => placeholders).join(', ')}`,
    values,
  );
}

async function insertVersionRows(manager: EntityManager, versionId: number, rows: ReportRows): Promise<void> {
  for (const key of Object.keys(ROW_TABLES) as (keyof ReportRows)[]) {
    await insertRows(
      manager,
      ROW_TABLES[key],
      rows[key].map((row) => ({ ...row, versionId })),
    );
  }
}

/** The version row of a stored upload: the document byte for byte and the version's facts. */
export function versionRow(
  reportId: number,
  number: number,
  { uploadId, document, data, encodedSources, isDemo, origin, parserVersion, uploadedBy }: SaveReportInput,
): Partial<ReportVersion> {
  return {
    uploadId: uploadId ?? null,
    reportId,
    number,
    contentHash: document.contentHash,
    document: document.bytes,
    byteLength: document.bytes.length,
    format: document.format,
    organization: data.organization,
    template: data.template,
    publishedOn: data.publishedOn,
    isDemo,
    notApplicable: data.notApplicable?.length ? joinPaths(data.notApplicable) : null,
    narrativeDigest: narrativeDigest(data),
    origin,
    parserVersion,
    uploadedBy: uploadedBy ?? null,
    rereadParserVersion: null,
    cellSources: storedCellSources(encodedSources, data.cellSources),
  };
}

/** The report row for a township and year, created when missing; locked for this transaction. */
export async function lockReport(manager: EntityManager, townshipCode: string, year: number): Promise<Report> {
  const find = () => {
    const query = manager.getRepository(Report).createQueryBuilder('report').where({ townshipCode, year });
    // SQLite serialises writers itself and has no row locks.
    if (manager.connection.driver.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return query.getOne();
  };
  const existing = await find();
  if (existing) return existing;
  await manager.insert(Report, { townshipCode, year, versionCount: 0, currentVersionId: null, isDemo: false });
  return (await find())!;
}

async function currentHash(manager: EntityManager, report: Report): Promise<string | null> {
  if (report.currentVersionId === null) return null;
  const version = await manager.findOne(ReportVersion, {
    where: { id: report.currentVersionId },
    select: { id: true, contentHash: true },
  });
  return version?.contentHash ?? null;
}

/**
 * Stores a parsed upload as the newest version of its report: the document byte for byte,
 * the version's facts and every table row. Re-uploading what the current version already
 * holds changes nothing. Run it inside a transaction (the caller's), so that an upload is
 * stored whole or not at all.
 */
export async function saveReport(manager: EntityManager, input: SaveReportInput): Promise<SaveReportResult> {
  const report = await lockReport(manager, input.townshipCode, input.year);
  if ((await currentHash(manager, report)) === input.document.contentHash) {
    return { status: 'UNCHANGED', reportId: report.id, versionId: report.currentVersionId!, versionNumber: report.versionCount };
  }
  return addVersion(manager, report, input);
}

/**
 * Stores `input` as the newest version of `report` (locked by lockReport in the caller's
 * transaction): the version row, its table rows, the report pointing at it, and its read model row.
 */
export async function addVersion(manager: EntityManager, report: Report, input: SaveReportInput): Promise<SaveReportResult> {
  const number = report.versionCount + 1;
  const inserted = await manager.insert(ReportVersion, versionRow(report.id, number, input));
  const versionId = Number(inserted.identifiers[0].id);
  await insertVersionRows(manager, versionId, toRows(input.data));
  await manager.update(Report, { id: report.id }, { currentVersionId: versionId, versionCount: number, isDemo: input.isDemo });
  await writeReportValues(manager, [input]);
  return { status: number === 1 ? 'CREATED' : 'UPDATED', reportId: report.id, versionId, versionNumber: number };
}
