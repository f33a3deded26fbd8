import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row of table 2 (第二十条 active disclosure) of a report version. The columns are the
 * union of both templates'; an item uses the ones its template gives, the others stay null.
 */
@Entity('disclosure_items')
export class DisclosureItem {
  @PrimaryColumn({ type: 'int' })
  versionId!: number;

  /** regulations, normativeDocuments, licensing, otherServices, punishment, coercion, fees, procurement */
  @PrimaryColumn({ type: 'varchar', length: 30 })
  item!: string;

  @Column({ type: 'int', nullable: true }) made!: number | null;
  @Column({ type: 'int', nullable: true }) published!: number | null;
  @Column({ type: 'int', nullable: true }) total!: number | null;
  @Column({ type: 'int', nullable: true }) repealed!: number | null;
  @Column({ type: 'int', nullable: true }) valid!: number | null;
  @Column({ type: 'int', nullable: true }) previous!: number | null;
  @Column({ type: 'int', nullable: true }) change!: number | null;
  @Column({ type: 'int', nullable: true }) decisions!: number | null;
  @Column({ type: 'int', nullable: true }) count!: number | null;
  /** Procurement total in yuan (2019) or fees in 万元 (2021), as the template states. */
  @Column({ type: 'double', nullable: true }) amount!: number | null;
}
