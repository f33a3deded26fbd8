import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One township's report for one year. Its content lives in versions; `currentVersionId`
 * points at the newest, which every query reads.
 */
@Entity('reports')
@Index('uq_reports_township_code_year', ['townshipCode', 'year'], { unique: true })
@Index('ix_reports_year_township_code', ['year', 'townshipCode'])
export class Report {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 12 })
  townshipCode!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int', nullable: true })
  currentVersionId!: number | null;

  @Column({ type: 'int', default: 0 })
  versionCount!: number;

  /** True while the current version is generated demo data. */
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
