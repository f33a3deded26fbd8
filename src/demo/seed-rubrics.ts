import { DataSource } from 'typeorm';
import { RubricVersion } from '../../entities';
import { DEFAULT_CRITERIA } from '../answers/assessment/default-rubric';
import { checkCriteria } from '../answers/assessment/rubric';
import { createRubricVersion } from '../answers/assessment/store/rubric-store';
import { DEMO_COUNTY, DEMO_YEARS } from './load-demo';

/** Who the seeded rubric versions say made them. */
const SEEDED_BY = '系统';

/**
 * The default rubric for the demo city and years, so the demo shows scores out of the box.
 * Only on a hub with no rubric at all: once anyone has edited one, seeding stays out of the way.
 * Returns how many rubric versions it stored.
 */
export async function seedDemoRubricsIfEmpty(dataSource: DataSource): Promise<number> {
  if ((await dataSource.getRepository(RubricVersion).count({ take: 1 })) > 0) return 0;
  const criteria = checkCriteria(DEFAULT_CRITERIA);
  for (const year of DEMO_YEARS) {
    await createRubricVersion(dataSource, { regionCode: DEMO_COUNTY, year, criteria, note: '默认考核细则', createdBy: SEEDED_BY });
  }
  return DEMO_YEARS.length;
}
