import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a region's assessment rubric (考核细则) for a year. Versions are never
 * changed: an edit is a new version, so scores computed under an old one can be recomputed.
 */
@Entity('rubric_versions')
@Index('uq_rubric_versions_region_code_year_version', ['regionCode', 'year', 'version'], { unique: true })
export class RubricVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The region that owns the rubric and whose townships it scores. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  /** The report year it scores. */
  @Column({ type: 'int' })
  year!: number;

  /** 1, 2, … per region and year. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 100 })
  createdBy!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
