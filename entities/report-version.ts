import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

  @CreateDateColumn({ type: 'datetime' })
  uploadedAt!: Date;

  /**
   * A random id the upload writes in its own transaction: when the connection breaks during or
   * after COMMIT, a fresh connection finds the version by it, or not (null for bulk loads).
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  uploadId!: string | null;
}
