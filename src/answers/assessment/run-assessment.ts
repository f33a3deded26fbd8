/** The assessment of a region's townships for a year under a version of its rubric. */
import { EntityManager } from 'typeorm';
import { Region } from '../../../entities';
import { HubError } from '../../core/errors';
import { checkYear } from '../../core/report-year';
import { normalizeRegionCode } from '../../core/region-code';
import { unknownRegion } from '../../storage/store/regions';
import { AssessmentResult, assess } from './assess';
import { RuleKind } from './rule-kind';
import { ruleOf } from './rules';
import { similarityFloor } from './rules/originality';
import { loadAssessmentSubjects } from './store/load-subjects';
import { StoredRubric, findRegionRubric } from './store/rubric-store';

export interface Assessment {
  rubric: StoredRubric;
  results: AssessmentResult<Region>[];
}

/** The NOT_FOUND of a region without the version of its rubric asked for (the latest when `version` is null). */
function noRubric(region: Region, year: number, version: number | null): HubError {
  const which = version === null ? '' : `第 ${version} 版`;
  return new HubError('NOT_FOUND', `${region.name}（${region.code}）没有 ${year} 年度的考核细则${which}`, {
    regionCode: region.code,
    year,
    rubricVersion: version,
  });
}

/**
 * The region (UNKNOWN_REGION when no region has the code), the year checked, and the version
 * of its rubric (NOT_FOUND when it has none), in that order. One statement.
 */
async function requireRegionRubric(
  manager: EntityManager,
  regionCode: string,
  year: number,
  version: number | null,
): Promise<{ region: Region; rubric: StoredRubric }> {
  const code = normalizeRegionCode(regionCode);
  const found = code ? await findRegionRubric(manager, code, year, version) : null;
  if (!found) throw unknownRegion(regionCode);
  checkYear(year);
  if (!found.rubric) throw noRubric(found.region, year, version);
  return { region: found.region, rubric: found.rubric };
}

/** Computed afresh on every call from the stored data: scores follow new versions, reviews and rubric edits at once. */
export async function runAssessment(manager: EntityManager, regionCode: string, year: number, version: number | null): Promise<Assessment> {
  const { region, rubric } = await requireRegionRubric(manager, regionCode, year, version);
  const withNotices = rubric.criteria.some((criterion) => criterion.kind === RuleKind.RECTIFICATION);
  const cellPaths = rubric.criteria.flatMap(({ kind, parameters }) => ruleOf(kind).cellPaths(parameters));
  const subjects = await loadAssessmentSubjects(manager, region, year, {
    withNotices,
    cellPaths,
    similarityFloor: similarityFloor(rubric.criteria),
  });
  return { rubric, results: assess(rubric.criteria, year, subjects) };
}
