import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One group of table 4 (review, litigationDirect, litigationAfterReview) of a report version. */
@Entity('case_outcomes')
export class CaseOutcome {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  caseGroup!: string;

  @Column({ type: 'int', nullable: true }) maintained!: number | null;
  @Column({ type: 'int', nullable: true }) corrected!: number | null;
  @Column({ type: 'int', nullable: true }) other!: number | null;
  @Column({ type: 'int', nullable: true }) pending!: number | null;
  @Column({ type: 'int', nullable: true }) total!: number | null;
}
