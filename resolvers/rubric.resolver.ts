import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { editRubric } from '../src/answers/assessment/edit-rubric';
import { roundPoints } from '../src/answers/assessment/points';
import { StoredRubric, findRubric, listRubrics } from '../src/answers/assessment/store/rubric-store';
import { ACCESS } from '../src/api/auth/access';
import { HubContext } from '../src/api/graphql/context';
import { checkYear } from '../src/core/report-year';
import { requireRegion } from '../src/storage/store/regions';
import { RubricInput, RubricType } from './types/rubric.type';

export function rubricView(rubric: StoredRubric): RubricType {
  return { ...rubric, maxTotal: roundPoints(rubric.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)) };
}

@Resolver(() => RubricType)
export class RubricResolver {
  @Authorized(ACCESS.readAssessment)
  @Query(() => RubricType, {
    nullable: true,
    description: "A version of a region's rubric for a report year; the latest when version is omitted",
  })
  async rubric(
    @Arg('regionCode') regionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() { dataSource }: HubContext,
  ): Promise<RubricType | null> {
    const region = await requireRegion(dataSource.manager, regionCode);
    const rubric = await findRubric(dataSource.manager, region.code, checkYear(year), version ?? null);
    return rubric && rubricView(rubric);
  }

  @Authorized(ACCESS.readAssessment)
  @Query(() => [RubricType], { description: "Every version of a region's rubric for a report year, oldest first" })
  async rubrics(
    @Arg('regionCode') regionCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { dataSource }: HubContext,
  ): Promise<RubricType[]> {
    const region = await requireRegion(dataSource.manager, regionCode);
    return (await listRubrics(dataSource.manager, region.code, checkYear(year))).map(rubricView);
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => RubricType, { description: "Stores a whole rubric as the next version of the region's rubric for the year" })
  async updateRubric(@Arg('input') input: RubricInput, @Ctx() { dataSource, actor }: HubContext): Promise<RubricType> {
    const rubric = await editRubric(dataSource, {
      regionCode: input.regionCode,
      year: input.year,
      criteria: input.criteria,
      note: input.note ?? null,
      // Who edited is who the token says: never a name the request writes.
      author: actor.name,
    });
    return rubricView(rubric);
  }
}
