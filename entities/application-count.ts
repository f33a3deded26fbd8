import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row of table 3 (applications) of a report version: the row's seven applicant columns. */
@Entity('application_counts')
export class ApplicationCount {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  /** docs/domain.md row path: newReceived, denied.stateSecret, otherHandling.total, … */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  rowKey!: string;

  @Column({ type: 'int', nullable: true }) natural!: number | null;
  @Column({ type: 'int', nullable: true }) commercial!: number | null;
  @Column({ type: 'int', nullable: true }) research!: number | null;
  @Column({ type: 'int', nullable: true }) publicInterest!: number | null;
  @Column({ type: 'int', nullable: true }) legal!: number | null;
  @Column({ type: 'int', nullable: true }) other!: number | null;
  @Column({ type: 'int', nullable: true }) total!: number | null;
}
