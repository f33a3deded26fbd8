import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A rule violation found in a report version. */
@Entity('report_issues')
@Index('uq_report_issues_version_id_position', ['versionId', 'position'], { unique: true })
@Index('ix_report_issues_rule_version_id', ['rule', 'versionId'])
export class ReportIssueRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'int' })
  position!: number;

  /** Stable rule id: applications.identity, cells.blank, … */
  @Column({ type: 'varchar', length: 40 })
  rule!: string;

  @Column({ type: 'varchar', length: 10 })
  severity!: string;

  @Column({ type: 'text' })
  message!: string;

  /** ReportData paths of the cells involved, one per line. */
  @Column({ type: 'text' })
  cells!: string;
}
