import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An evaluator's decision on an issue of a township's report for a year. It is keyed by the
 * issue's fingerprint (rule, cells and the cells' values), not by a stored issue row, so it
 * holds for the same issue in every later version and lapses when the values change.
 */
@Entity('issue_reviews')
@Index('uq_issue_reviews_township_code_year_fingerprint', ['townshipCode', 'year', 'fingerprint'], { unique: true })
export class IssueReview {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 12 })
  townshipCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  /** CONFIRMED or DISMISSED. */
  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'varchar', length: 100 })
  reviewer!: string;

  @Column({ type: 'datetime' })
  decidedAt!: Date;
}
