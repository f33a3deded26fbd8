/** An edit of a rubric: the whole rubric checked and stored as the region's next version for the year. */
import { DataSource } from 'typeorm';
import { checkYear } from '../../core/report-year';
import { requireRegion } from '../../storage/store/regions';
import { CriterionInput, checkCriteria } from './rubric';
import { StoredRubric, createRubricVersion } from './store/rubric-store';

export interface RubricEdit {
  regionCode: string;
  year: number;
  criteria: readonly CriterionInput[];
  note: string | null;
  author: string;
}

export async function editRubric(dataSource: DataSource, edit: RubricEdit): Promise<StoredRubric> {
  const region = await requireRegion(dataSource.manager, edit.regionCode);
  const year = checkYear(edit.year);
  const criteria = checkCriteria(edit.criteria);
  const note = edit.note?.trim() || null;
  return createRubricVersion(dataSource, { regionCode: region.code, year, criteria, note, createdBy: edit.author });
}
