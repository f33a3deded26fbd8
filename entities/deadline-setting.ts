import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The date a region sets for its townships' annual reports (《政府信息公开条例》第四十九条: a
 * township's report is due by the date its county sets). Set on a county, a city or a province:
 * the nearest one above a township applies; without any, 31 January.
 */
@Entity('deadline_settings')
export class DeadlineSetting {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode!: string;

  /** MM-DD of the year after the report's. */
  @Column({ type: 'varchar', length: 5 })
  monthDay!: string;

  /** Who set it: the token's name. */
  @Column({ type: 'varchar', length: 100 })
  setBy!: string;

  @Column({ type: 'datetime' })
  setAt!: Date;
}
