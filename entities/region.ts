import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { storedEnum } from '../src/core/stored-enum';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: 'Level in the region tree' });

/** A level read back from the database, checked: every Region the data source loads passes through it. */
export const storedRegionLevel = storedEnum('regions.level', Object.values(RegionLevel));

/**
 * A node of the national region tree (province → city → county-level division → township),
 * keyed by its statistical division code. Each row carries the codes of all its ancestors so
 * that "every township under X" is one indexed equality, whatever X's level.
 */
// Plain properties, read by graphql's default resolver (simpleResolvers): no wrapper per field of every row.
@ObjectType({ description: 'A province, city, county-level division or township', simpleResolvers: true })
@Entity('regions')
// A province's townships, with what a comparison reads of each (its ancestors, its years), read from the index alone.
@Index('ix_regions_level_province_code_covering', ['level', 'provinceCode', 'cityCode', 'countyCode', 'validFrom', 'validTo'])
@Index('ix_regions_level_city_code', ['level', 'cityCode'])
@Index('ix_regions_level_county_code', ['level', 'countyCode'])
export class Region {
  @Field({ description: 'Statistical division code: 6 digits down to county level, 9 for a township' })
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => RegionLevel)
  @Column({ type: 'varchar', length: 10, transformer: { from: storedRegionLevel, to: (level: unknown) => level } })
  level!: RegionLevel;

  @Field(() => String, { nullable: true })
  @Index('ix_regions_parent_code')
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  cityCode!: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  countyCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'First year the code is valid; null: since before the tree was loaded' })
  @Column({ type: 'int', nullable: true })
  validFrom!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year the code is valid; null: still valid' })
  @Column({ type: 'int', nullable: true })
  validTo!: number | null;

  @Field(() => String, { nullable: true, description: 'The township this one was merged into after validTo' })
  @Index('ix_regions_merged_into')
  @Column({ type: 'varchar', length: 12, nullable: true })
  mergedInto!: string | null;

  @Field(() => String, { nullable: true, description: 'The code this one continues under after validTo (same township, new code)' })
  @Index('ix_regions_renamed_to')
  @Column({ type: 'varchar', length: 12, nullable: true })
  renamedTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The township this one was split from, from validFrom' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  splitFrom!: string | null;
}
