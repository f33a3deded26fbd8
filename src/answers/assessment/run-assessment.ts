/** The assessment of a region's townships for a year under a version of its rubric. */
import { EntityManager } from 'typeorm';
import { Region } from '../../../entities';
import { HubError } from '../../core/errors';
import { checkYear } from '../../core/report-year';
import { requireRegion } from '../../storage/store/regions';
import { AssessmentResult, assess } from './assess';
import { RuleKind } from './rule-kind';
import { ruleOf } from './rules';
import { similarityFloor } from './rules/originality';
import { loadAssessmentSubjects } from './store/load-subjects';
import { StoredRubric, findRubric } from './store/rubric-store';

export interface Assessment {
  rubric: StoredRubric;
  results: AssessmentResult<Region>[];
}

/** A version of the region's rubric for the year (the latest when `version` is null), or NOT_FOUND. */
export async function requireRubric(manager: EntityManager, region: Region, year: number, version: number | null): Promise<StoredRubric> {
  const rubric = await findRubric(manager, region.code, year, version);
  if (rubric) return rubric;
  const which = version === null ? '' : `第 ${version} 版`;
  throw new HubError('NOT_FOUND', `${region.name}（${region.code}）没有 ${year} 年度的考核细则${which}`, {
    regionCode: region.code,
    year,
    rubricVersion: version,
  });
}

/** Computed afresh on every call from the stored data: scores follow new versions, reviews and rubric edits at once. */
export async function runAssessment(manager: EntityManager, regionCode: string, year: number, version: number | null): Promise<Assessment> {
  const region = await requireRegion(manager, regionCode);
  const rubric = await requireRubric(manager, region, checkYear(year), version);
  const withNotices = rubric.criteria.some((criterion) => criterion.kind === RuleKind.RECTIFICATION);
  const cellPaths = rubric.criteria.flatMap(({ kind, parameters }) => ruleOf(kind).cellPaths(parameters));
  const subjects = await loadAssessmentSubjects(manager, region, year, {
    withNotices,
    cellPaths,
    similarityFloor: similarityFloor(rubric.criteria),
  });
  return { rubric, results: assess(rubric.criteria, year, subjects) };
}
