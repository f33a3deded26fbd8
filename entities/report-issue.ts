import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A rule violation found in a report version. */
@Entity('report_issues')
@Index('ix_report_issues_rule_version_id', ['rule', 'versionId'])
export class ReportIssueRecord {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  @PrimaryColumn({ type: 'int' })
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
