import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A channel or response count of a report version (`channels.website`,
 * `responses.hotTopics`, …) with where it was read: the platform table or the narrative.
 */
@Entity('publication_counts')
export class PublicationCount {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  metric!: string;

  @Column({ type: 'int', nullable: true })
  value!: number | null;

  /** table or narrative */
  @Column({ type: 'varchar', length: 10 })
  source!: string;

  /** The table label or the narrative sentence. */
  @Column({ type: 'text' })
  evidence!: string;
}
