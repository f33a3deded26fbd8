import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A count stated in a report version's prose, with the sentence it stands in. */
@Entity('narrative_counts')
@Index('uq_narrative_counts_version_id_position', ['versionId', 'position'], { unique: true })
export class NarrativeCount {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  versionId!: number;

  /** Order in the document. */
  @Column({ type: 'int' })
  position!: number;

  /** ReportData path: channels.website, applications.newReceived.total, … */
  @Column({ type: 'varchar', length: 60 })
  metric!: string;

  @Column({ type: 'double' })
  value!: number;

  @Column({ type: 'text' })
  sentence!: string;
}
