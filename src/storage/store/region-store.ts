import { DataSource } from 'typeorm';
import { Region, storedRegionLevel } from '../../../entities';
import { RegionSeed, loadRegionSeed } from './region-seed';

/** Rows per INSERT: large enough to be fast, small enough for MySQL's packet and SQLite's variable limits. */
const BATCH = 500;

/** Loads the national region tree into an empty regions table; does nothing otherwise. */
export async function loadRegionsIfEmpty(dataSource: DataSource, seed: () => RegionSeed[] = loadRegionSeed): Promise<number> {
  const repository = dataSource.getRepository(Region);
  if ((await repository.count({ take: 1 })) > 0) return 0;
  const rows = seed();
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map((row) => ({ ...row, level: storedRegionLevel(row.level) }));
      await manager.createQueryBuilder().insert().into(Region).values(batch).execute();
    }
  });
  return rows.length;
}
