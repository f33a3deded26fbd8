import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One mutation as it was asked and how it ended, granted or denied: who, what, when, and the
 * version an upload produced. Arguments are summarised: no document content, no secrets.
 */
@Entity('audit_events')
@Index('ix_audit_events_at', ['at'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  /** To the millisecond: the log is ordered by it (ids are not in time order on a cluster). */
  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  actorName!: string;

  /** Null for a request without a token. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 60 })
  mutation!: string;

  /** JSON of the arguments, long strings replaced by their length. */
  @Column({ type: 'text' })
  arguments!: string;

  /** OK, or the error code the client got (FORBIDDEN, CORRUPT_DOCUMENT …). */
  @Column({ type: 'varchar', length: 40 })
  outcome!: string;

  @Column({ type: 'int', nullable: true })
  reportId!: number | null;

  @Column({ type: 'int', nullable: true })
  versionNumber!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  documentHash!: string | null;

  @Column({ type: 'varchar', length: 36 })
  requestId!: string;
}
