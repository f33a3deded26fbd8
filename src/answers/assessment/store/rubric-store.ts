/**
 * Rubric versions in the database. Versions are only ever added: an edit stores the whole
 * rubric again as the next version, so any version can be scored again later.
 */
import { DataSource, EntityManager } from 'typeorm';
import { Region, RubricCriterion, RubricVersion } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql, type Sql } from '../../../storage/db/sql';
import { countWrite } from '../../../storage/store/data-generation';
import { rawEntityColumns, rawEntityReader, rawRows } from '../../../storage/store/raw-entity';
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

type Raw = Record<string, unknown>;

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

/** Which versions of a region's rubric for a year: the latest, one by number, or all (null). */
interface RubricChoice {
  regionCode: string;
  year: number;
  which: 'latest' | number | null;
}

/**
 * The statement of the versions `choice` picks, oldest first, each with its criteria; with
 * `withRegion`, from the region the code names (alias r, no row when none), its versions
 * LEFT JOINed (one row of NULLs when it has none). Written by hand and read as raw rows
 * (rawEntityReader): every assessment reads its rubric, and TypeORM's query builder and
 * mapping cost more than the statement.
 */
function rubricStatement(dataSource: DataSource, { regionCode, year, which }: RubricChoice, withRegion: boolean): Sql {
  const names = new SqlNames(dataSource);
  const version = (property: string) => names.column(RubricVersion, property);
  const criterion = (property: string) => names.column(RubricCriterion, property);
  const ofRegionYear = (alias: Sql) =>
    sql`${alias}.${version('regionCode')} = ${sql.value(regionCode)} AND ${alias}.${version('year')} = ${sql.value(year)}`;
  const chosen = [ofRegionYear(sql`rv`)];
  if (which === 'latest') {
    chosen.push(
      sql`rv.${version('version')} = (SELECT MAX(l.${version('version')}) FROM ${names.table(RubricVersion)} l WHERE ${ofRegionYear(sql`l`)})`,
    );
  } else if (which !== null) chosen.push(sql`rv.${version('version')} = ${sql.value(which)}`);
  const versions = sql.join(chosen, sql` AND `);
  const columns = [...rawEntityColumns(dataSource, RubricVersion, 'rv', 'v_'), ...rawEntityColumns(dataSource, RubricCriterion, 'c', 'c_')];
  const [selected, from, where] = withRegion
    ? [
        [...rawEntityColumns(dataSource, Region, 'r', 'r_'), ...columns],
        sql`FROM ${names.table(Region)} r LEFT JOIN ${names.table(RubricVersion)} rv ON ${versions}`,
        sql`WHERE r.${names.column(Region, 'code')} = ${sql.value(regionCode)}`,
      ]
    : [columns, sql`FROM ${names.table(RubricVersion)} rv`, sql`WHERE ${versions}`];
  const criteria = sql`LEFT JOIN ${names.table(RubricCriterion)} c ON c.${criterion('rubricVersionId')} = rv.${version('id')}`;
  const order = sql`ORDER BY rv.${version('version')}, c.${criterion('position')}`;
  return sql.join([sql`SELECT ${sql.join(selected, sql`, `)}`, from, criteria, where, order], sql`\n`);
}

/** The versions with their criteria in rows of rubricStatement, in their order. */
function versionsIn(dataSource: DataSource, rows: readonly Raw[]): VersionWithCriteria[] {
  const versionOf = rawEntityReader(dataSource, RubricVersion, 'v_');
  const criterionOf = rawEntityReader(dataSource, RubricCriterion, 'c_');
  const versions = new Map<unknown, VersionWithCriteria>();
  for (const row of rows) {
    // A region without a version, or a version without criteria, has one row of NULLs for them.
    if (row.v_id === null) continue;
    let found = versions.get(row.v_id);
    if (!found) versions.set(row.v_id, (found = Object.assign(versionOf(row), { criteria: [] })));
    if (row.c_id !== null) found.criteria.push(criterionOf(row));
  }
  return [...versions.values()];
}

async function versionsOf(manager: EntityManager, choice: RubricChoice): Promise<VersionWithCriteria[]> {
  return versionsIn(manager.connection, await rawRows<Raw>(manager, rubricStatement(manager.connection, choice, false)));
}

/** A version of a region's rubric for a year (the latest when `version` is null), or null. One statement. */
export async function findRubric(
  manager: EntityManager,
  regionCode: string,
  year: number,
  version: number | null,
): Promise<StoredRubric | null> {
  const [row] = await versionsOf(manager, { regionCode, year, which: version ?? 'latest' });
  return row ? storedRubric(row) : null;
}

/**
 * The region of a code (as stored: normalizeRegionCode) with findRubric's version of its rubric
 * (null when it has none), or null when no region has the code. One statement: an assessment
 * starts with both.
 */
export async function findRegionRubric(
  manager: EntityManager,
  code: string,
  year: number,
  version: number | null,
): Promise<{ region: Region; rubric: StoredRubric | null } | null> {
  const rows = await rawRows<Raw>(
    manager,
    rubricStatement(manager.connection, { regionCode: code, year, which: version ?? 'latest' }, true),
  );
  if (!rows.length) return null;
  const [rubric] = versionsIn(manager.connection, rows);
  return { region: rawEntityReader(manager.connection, Region, 'r_')(rows[0]), rubric: rubric ? storedRubric(rubric) : null };
}

/** Every version of a region's rubric for a year, oldest first. One statement. */
export async function listRubrics(manager: EntityManager, regionCode: string, year: number): Promise<StoredRubric[]> {
  return (await versionsOf(manager, { regionCode, year, which: null })).map(storedRubric);
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
