/**
 * Evaluators' decisions on issues, keyed by township, year and issue fingerprint. A new
 * decision on the same issue replaces the old one; each records who decided and when.
 */
import { EntityManager, In } from 'typeorm';
import { IssueReview, Region } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql } from '../../../storage/db/sql';
import { rawEntityColumns, rawEntityReader, rawRows } from '../../../storage/store/raw-entity';
import { townshipUnderSql } from '../../../storage/store/regions';
import { storedEnum } from '../../../core/stored-enum';
import { type IssueDecision, ReviewStatus } from '../subject';

const storedStatus = storedEnum('issue_reviews.status', Object.values(ReviewStatus));

export interface ReviewKey {
  townshipCode: string;
  year: number;
  fingerprint: string;
}

export const reviewKeyString = ({ townshipCode, year, fingerprint }: ReviewKey): string => `${townshipCode}:${year}:${fingerprint}`;

function decisionOf(row: IssueReview): IssueDecision {
  return { status: storedStatus(row.status), comment: row.comment, reviewer: row.reviewer, decidedAt: new Date(row.decidedAt) };
}

function byKey(rows: readonly IssueReview[]): Map<string, IssueDecision> {
  return new Map(rows.map((row) => [reviewKeyString(row), decisionOf(row)]));
}

/** Records a decision, replacing any earlier one on the same issue. One statement. */
export async function saveDecision(manager: EntityManager, key: ReviewKey, decision: IssueDecision): Promise<void> {
  await manager.upsert(IssueReview, { ...key, ...decision }, { conflictPaths: ['townshipCode', 'year', 'fingerprint'] });
}

/** The decisions on the given issues, by reviewKeyString. One statement, however many keys. */
export async function loadDecisions(manager: EntityManager, keys: readonly ReviewKey[]): Promise<Map<string, IssueDecision>> {
  if (!keys.length) return new Map();
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const rows = await manager.find(IssueReview, {
    where: {
      townshipCode: In(distinct(keys.map((key) => key.townshipCode))),
      year: In(distinct(keys.map((key) => key.year))),
      fingerprint: In(distinct(keys.map((key) => key.fingerprint))),
    },
  });
  return byKey(rows);
}

/**
 * Every decision on the year's issues of the townships under `region`. One statement, written
 * by hand and read as raw rows: every assessment runs it (rawEntityReader).
 */
export async function loadRegionDecisions(manager: EntityManager, region: Region, year: number): Promise<Map<string, IssueDecision>> {
  const names = new SqlNames(manager.connection);
  const rows = await rawRows<Record<string, unknown>>(
    manager,
    sql.join(
      [
        sql`SELECT ${sql.join(rawEntityColumns(manager.connection, IssueReview, 'review', ''), sql`, `)}`,
        sql`FROM ${names.table(IssueReview)} review JOIN ${names.table(Region)} t ON t.${names.column(Region, 'code')} = review.${names.column(IssueReview, 'townshipCode')}`,
        sql`WHERE ${townshipUnderSql(names, region)} AND review.${names.column(IssueReview, 'year')} = ${sql.value(year)}`,
      ],
      sql`\n`,
    ),
  );
  return byKey(rows.map(rawEntityReader(manager.connection, IssueReview, '')));
}
