import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { storedEnum } from '../src/core/stored-enum';

/** How a version came to be stored. */
export enum VersionOrigin {
  UPLOAD = 'UPLOAD',
  REPARSE = 'REPARSE',
}

/** An origin read back from the database, checked. */
const storedOrigin = storedEnum('report_versions.origin', Object.values(VersionOrigin));

/**
 * The column is NOT NULL, but a LEFT JOIN that finds no version (a township without a report)
 * hands its NULLs to the transformer too: those pass, and TypeORM then drops the empty entity.
 */
const originFromDatabase = (value: unknown): unknown => (value === null ? null : storedOrigin(value));

/**
 * An uploaded document exactly as it came (byte for byte) and what the hub read from it.
 * The table rows read from it hang off the version, so every version keeps its own data.
 */
@Entity('report_versions')
@Index('uq_report_versions_report_id_number', ['reportId', 'number'], { unique: true })
@Index('uq_report_versions_upload_id', ['uploadId'], { unique: true })
export class ReportVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  reportId!: number;

  @Column({ type: 'int' })
  number!: number;

  /** SHA-256 of the document bytes plus any publishedOn override: equal means UNCHANGED. */
  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'blob', select: false })
  document!: Buffer;

  @Column({ type: 'int' })
  byteLength!: number;

  /** TEXT, HTML, DOCX, PDF … as detected or given. */
  @Column({ type: 'varchar', length: 10 })
  format!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organization!: string | null;

  @Column({ type: 'varchar', length: 4 })
  template!: string;

  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  /** Paths of cells written —— (not applicable), one per line. */
  @Column({ type: 'text', nullable: true })
  notApplicable!: string | null;

  /** narrativeDigest of the version's sections (src/reading/template/narrative.ts); null when it has no narrative. */
  @Column({ type: 'varchar', length: 44, nullable: true })
  narrativeDigest!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  uploadedAt!: Date;

  /** The name of the token that uploaded the document; a re-read keeps its upload's; null for the CLI, the demo and earlier versions. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  uploadedBy!: string | null;

  /**
   * UPLOAD: a township's document as it came; REPARSE: the same document as the current
   * version's, read again by a newer parser (`reparse`). A re-read is not an edit by the township.
   */
  @Column({ type: 'varchar', length: 10, default: 'UPLOAD', transformer: { from: originFromDatabase, to: (origin: unknown) => origin } })
  origin!: VersionOrigin;

  /** PARSER_VERSION of the reading that gave this version's values; 0 for versions read before it was recorded. */
  @Column({ type: 'int', default: 0 })
  parserVersion!: number;

  /**
   * The newest parser version that read this version's document again and read the same
   * values, so that `reparse` stored no new version; null when never re-read.
   */
  @Column({ type: 'int', nullable: true })
  rereadParserVersion!: number | null;

  /** Where each cell was read (CellSource[]), as gzipped JSON: one value per version (see cell-sources-codec). */
  @Column({ type: 'blob', nullable: true, select: false })
  cellSources!: Buffer | null;

  /**
   * A random id the upload writes in its own transaction: when the connection breaks during or
   * after COMMIT, a fresh connection finds the version by it, or not (null for bulk loads).
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  uploadId!: string | null;
}
