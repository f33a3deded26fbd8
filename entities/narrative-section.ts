import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A narrative section of a report version: overview, problems, other. */
@Entity('narrative_sections')
export class NarrativeSection {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  sectionKey!: string;

  @Column({ type: 'text' })
  text!: string;
}
