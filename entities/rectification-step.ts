import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of a notice's history: the state it moved to, who moved it (the token's holder,
 * or 上传新版本 when a new version submitted it), when, and why.
 */
@Entity('rectification_steps')
@Index('ix_rectification_steps_notice_id', ['noticeId'])
export class RectificationStep {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  noticeId!: number;

  /** A NoticeState: the state after the step. */
  @Column({ type: 'varchar', length: 10 })
  state!: string;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** To the millisecond: the history is ordered by it, then by id. */
  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'text' })
  note!: string;
}
