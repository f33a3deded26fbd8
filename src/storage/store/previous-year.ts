import { EntityManager } from 'typeorm';
import type { PreviousYear } from '../../reading/template/previous-year';
import { loadCurrentData } from './current-report';

/**
 * The township's stored report of the year before `year`, as the reader takes it to choose
 * among splits of digits that ran together (readReport's `previous`): its current version's
 * table 2 and table 3 only, two statements after the version's. Null when that year has no
 * report.
 */
export async function loadPreviousYear(manager: EntityManager, townshipCode: string, year: number): Promise<PreviousYear | null> {
  const data = await loadCurrentData(manager, townshipCode, year - 1, ['disclosureItems', 'applicationCounts']);
  if (!data) return null;
  return { activeDisclosure: data.activeDisclosure, applications: data.applications };
}
