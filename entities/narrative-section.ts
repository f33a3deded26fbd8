import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A narrative section of a report version: overview, problems, other. */
@Entity('narrative_sections')
@Index('uq_narrative_sections_version_id_section_key', ['versionId', 'sectionKey'], { unique: true })
export class NarrativeSection {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'varchar', length: 20 })
  sectionKey!: string;

  @Column({ type: 'text' })
  text!: string;
}
