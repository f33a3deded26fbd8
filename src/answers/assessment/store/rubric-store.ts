/**
 * Rubric versions in the database. Versions are only ever added: an edit stores the whole
 * rubric again as the next version, so any version can be scored again later.
 */
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RubricCriterion, RubricVersion } from '../../../../entities';
import { countWrite } from '../../../storage/store/data-generation';
import type { CriterionSpec, RubricSpec } from '../rubric';
import { storedEnum } from '../../../core/stored-enum';
import { RULE_KINDS } from '../rule-kind';

export interface StoredRubric extends RubricSpec {
  note: string | null;
  createdBy: string;
  createdAt: Date;
}

export interface NewRubricVersion {
  regionCode: string;
  year: number;
  criteria: readonly CriterionSpec[];
  note: string | null;
  createdBy: string;
}

type VersionWithCriteria = RubricVersion & { criteria: RubricCriterion[] };

const storedRuleKind = storedEnum('rubric_criteria.rule_kind', RULE_KINDS);

function storedRubric({ criteria, id: _id, ...version }: VersionWithCriteria): StoredRubric {
  return {
    ...version,
    criteria: [...criteria]
      .sort((a, b) => a.position - b.position)
      .map((row) => ({
        key: row.criterionKey,
        label: row.label,
        maxPoints: Number(row.maxPoints),
        kind: storedRuleKind(row.ruleKind),
        parameters: JSON.parse(row.parameters) as Record<string, unknown>,
      })),
  };
}

function versionsOf(manager: EntityManager, regionCode: string, year: number): SelectQueryBuilder<RubricVersion> {
  return manager
    .createQueryBuilder(RubricVersion, 'rv')
    .leftJoinAndMapMany('rv.criteria', RubricCriterion, 'c', 'c.rubricVersionId = rv.id')
    .where('rv.regionCode = :regionCode AND rv.year = :year', { regionCode, year })
    .orderBy('rv.version', 'ASC')
    .addOrderBy('c.position', 'ASC');
}

/** A version of a region's rubric for a year (the latest when `version` is null), or null. One statement. */
export async function findRubric(
  manager: EntityManager,
  regionCode: string,
  year: number,
  version: number | null,
): Promise<StoredRubric | null> {
  const query = versionsOf(manager, regionCode, year);
  if (version !== null) query.andWhere('rv.version = :version', { version });
  else {
    const latest = query.subQuery().select('MAX(latest.version)').from(RubricVersion, 'latest');
    query.andWhere(`rv.version = ${latest.where('latest.regionCode = :regionCode AND latest.year = :year').getQuery()}`);
  }
  const row = await query.getOne();
  return row ? storedRubric(row as VersionWithCriteria) : null;
}

/** Every version of a region's rubric for a year, oldest first. One statement. */
export async function listRubrics(manager: EntityManager, regionCode: string, year: number): Promise<StoredRubric[]> {
  const rows = await versionsOf(manager, regionCode, year).getMany();
  return rows.map((row) => storedRubric(row as VersionWithCriteria));
}

/** Stores checked criteria as the next version of the region's rubric for the year. */
export function createRubricVersion(dataSource: DataSource, input: NewRubricVersion): Promise<StoredRubric> {
  const { regionCode, year } = input;
  return dataSource.transaction(async (manager) => {
    const latest = await manager
      .createQueryBuilder(RubricVersion, 'rv')
      .select('MAX(rv.version)', 'latest')
      .where('rv.regionCode = :regionCode AND rv.year = :year', { regionCode, year })
      .getRawOne<{ latest: number | null }>();
    const version = Number(latest?.latest ?? 0) + 1;
    const inserted = await manager.insert(RubricVersion, { regionCode, year, version, note: input.note, createdBy: input.createdBy });
    const rubricVersionId = Number(inserted.identifiers[0].id);
    const rows = input.criteria.map((criterion, position) => ({
      rubricVersionId,
      position,
      criterionKey: criterion.key,
      label: criterion.label,
      maxPoints: criterion.maxPoints,
      ruleKind: criterion.kind,
      parameters: JSON.stringify(criterion.parameters),
    }));
    await manager.createQueryBuilder().insert().into(RubricCriterion).values(rows).updateEntity(false).execute();
    await countWrite(manager, `rubric/${regionCode}/${year}`);
    return (await findRubric(manager, regionCode, year, version))!;
  });
}
