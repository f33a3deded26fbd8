import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where one issue of a notice stands. */
export enum ItemState {
  OPEN = 'OPEN',
  /** A new uploaded version no longer has the issue (its fingerprint is gone). */
  RESOLVED = 'RESOLVED',
  /** The township explained why the report stays as it is. */
  ANSWERED = 'ANSWERED',
}

/**
 * One issue a notice covers, by fingerprint, with the rule, message and cells as they were
 * when the notice was made: the issue itself leaves the report once it is fixed.
 */
@Entity('rectification_items')
@Index('uq_rectification_items_notice_id_fingerprint', ['noticeId', 'fingerprint'], { unique: true })
export class RectificationItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  noticeId!: number;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 60 })
  rule!: string;

  @Column({ type: 'text' })
  message!: string;

  /** JSON array of ReportData paths. */
  @Column({ type: 'text' })
  cells!: string;

  /** An ItemState. */
  @Column({ type: 'varchar', length: 10 })
  state!: string;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  /** The version number that resolved it, null otherwise. */
  @Column({ type: 'int', nullable: true })
  resolvedByVersion!: number | null;
}
