import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A count stated in a report version's prose, with the sentence it stands in. */
@Entity('narrative_counts')
export class NarrativeCount {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  /** Order in the document. */
  @PrimaryColumn({ type: 'int' })
  position!: number;

  /** ReportData path: channels.website, applications.newReceived.total, … */
  @Column({ type: 'varchar', length: 60 })
  metric!: string;

  @Column({ type: 'double' })
  value!: number;

  @Column({ type: 'text' })
  sentence!: string;
}
