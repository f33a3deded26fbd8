import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a rectification notice stands. */
export enum NoticeState {
  /** Waiting for the township: issued, or returned by the evaluator. */
  OPEN = 'OPEN',
  /** Every issue is gone from a new version or answered: the evaluator's turn. */
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  /** Sent back with the evaluator's reason: the township's turn again. */
  RETURNED = 'RETURNED',
  ARCHIVED = 'ARCHIVED',
}

/**
 * A rectification notice (整改通知): confirmed issues of a township's report for a year that
 * an evaluator asks the township to fix by a due date. Its issues and its history of steps
 * are rows of their own (rectification_items, rectification_steps).
 */
@Entity('rectification_notices')
@Index('ix_rectification_notices_township_code_year', ['townshipCode', 'year'])
@Index('ix_rectification_notices_state_due_date', ['state', 'dueDate'])
export class RectificationNotice {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 12 })
  townshipCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  reportId!: number;

  /** YYYY-MM-DD, the last day (China time) the township has; text, so both databases compare it alike. */
  @Column({ type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ type: 'text' })
  comment!: string;

  /** A NoticeState. */
  @Column({ type: 'varchar', length: 10 })
  state!: string;

  /** YYYY-MM-DD (China time) of the first ACCEPTED or ARCHIVED, null before: whether it was done by its due date. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  settledOn!: string | null;

  @Column({ type: 'varchar', length: 100 })
  createdBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
