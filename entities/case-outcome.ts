import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One group of table 4 (review, litigationDirect, litigationAfterReview) of a report version. */
@Entity('case_outcomes')
@Index('uq_case_outcomes_version_id_case_group', ['versionId', 'caseGroup'], { unique: true })
export class CaseOutcome {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'varchar', length: 30 })
  caseGroup!: string;

  @Column({ type: 'int', nullable: true }) maintained!: number | null;
  @Column({ type: 'int', nullable: true }) corrected!: number | null;
  @Column({ type: 'int', nullable: true }) other!: number | null;
  @Column({ type: 'int', nullable: true }) pending!: number | null;
  @Column({ type: 'int', nullable: true }) total!: number | null;
}
