/**
 * Rectification notices as stored: a notice, the issues it covers and its steps, read
 * together (three statements however many notices) and written a row at a time.
 */
import { EntityManager, In } from 'typeorm';
import { ItemState, NoticeState, RectificationItem, RectificationNotice, RectificationStep, Region } from '../../../entities';
import { groupBy } from '../../core/group-by';
import { storedEnum } from '../../core/stored-enum';
import { whereTownshipUnder } from './regions';

const storedNoticeState = storedEnum('rectification_notices.state', Object.values(NoticeState));
const storedItemState = storedEnum('rectification_items.state', Object.values(ItemState));

export interface NoticeItem {
  id: number;
  fingerprint: string;
  rule: string;
  message: string;
  cells: string[];
  state: ItemState;
  explanation: string | null;
  resolvedByVersion: number | null;
}

export interface NoticeStep {
  state: NoticeState;
  actor: string;
  at: Date;
  note: string;
}

export interface StoredNotice {
  id: number;
  townshipCode: string;
  year: number;
  reportId: number;
  dueDate: string;
  comment: string;
  state: NoticeState;
  settledOn: string | null;
  createdBy: string;
  createdAt: Date;
  items: NoticeItem[];
  steps: NoticeStep[];
}

/** Which notices to read; every field given narrows the list. */
export interface NoticeSelection {
  ids?: readonly number[];
  townshipCodes?: readonly string[];
  year?: number;
  states?: readonly NoticeState[];
  region?: Region;
  /** Only notices due before this day (YYYY-MM-DD). */
  dueBefore?: string;
}

function itemOf(row: RectificationItem): NoticeItem {
  const { id, fingerprint, rule, message, explanation, resolvedByVersion } = row;
  return {
    id,
    fingerprint,
    rule,
    message,
    cells: JSON.parse(row.cells) as string[],
    state: storedItemState(row.state),
    explanation,
    resolvedByVersion,
  };
}

function stepOf(row: RectificationStep): NoticeStep {
  return { state: storedNoticeState(row.state), actor: row.actor, at: new Date(row.at), note: row.note };
}

/** The notices the selection names, newest first, with their issues and steps. Three statements. */
export async function loadNotices(manager: EntityManager, selection: NoticeSelection): Promise<StoredNotice[]> {
  const query = manager.createQueryBuilder(RectificationNotice, 'n').innerJoin(Region, 't', 't.code = n.townshipCode');
  if (selection.region) whereTownshipUnder(query, 't', selection.region);
  if (selection.ids) query.andWhere('n.id IN (:...ids)', { ids: [...selection.ids, -1] });
  if (selection.townshipCodes) query.andWhere('n.townshipCode IN (:...codes)', { codes: [...selection.townshipCodes, ''] });
  if (selection.year !== undefined) query.andWhere('n.year = :year', { year: selection.year });
  if (selection.states) query.andWhere('n.state IN (:...states)', { states: [...selection.states, ''] });
  if (selection.dueBefore) query.andWhere('n.dueDate < :dueBefore', { dueBefore: selection.dueBefore });
  const notices = await query.orderBy('n.id', 'DESC').getMany();
  if (!notices.length) return [];
  const noticeId = In(notices.map((n) => n.id));
  const items = await manager.find(RectificationItem, { where: { noticeId }, order: { id: 'ASC' } });
  const steps = await manager.find(RectificationStep, { where: { noticeId }, order: { at: 'ASC', id: 'ASC' } });
  const itemsOf = groupBy(items, (row) => row.noticeId, itemOf);
  const stepsOf = groupBy(steps, (row) => row.noticeId, stepOf);
  return notices.map((n) => ({
    ...n,
    state: storedNoticeState(n.state),
    createdAt: new Date(n.createdAt),
    items: itemsOf.get(n.id) ?? [],
    steps: stepsOf.get(n.id) ?? [],
  }));
}

export type NewNotice = Pick<StoredNotice, 'townshipCode' | 'year' | 'reportId' | 'dueDate' | 'comment' | 'createdBy'> & {
  items: Pick<NoticeItem, 'fingerprint' | 'rule' | 'message' | 'cells'>[];
};

/** Stores a new OPEN notice and its issues (not its first step: see addStep). Returns its id. */
export async function insertNotice(manager: EntityManager, notice: NewNotice): Promise<number> {
  const { items, ...row } = notice;
  const inserted = await manager.insert(RectificationNotice, { ...row, state: NoticeState.OPEN, settledOn: null });
  const noticeId = Number(inserted.identifiers[0].id);
  await manager.insert(
    RectificationItem,
    items.map((item) => ({
      ...item,
      noticeId,
      cells: JSON.stringify(item.cells),
      state: ItemState.OPEN,
      explanation: null,
      resolvedByVersion: null,
    })),
  );
  return noticeId;
}

/** Moves a notice to `step.state` and records the step; `settledOn` once it is first accepted or archived. */
export async function addStep(manager: EntityManager, noticeId: number, step: NoticeStep, settledOn?: string): Promise<void> {
  await manager.update(RectificationNotice, { id: noticeId }, { state: step.state, ...(settledOn ? { settledOn } : {}) });
  await manager.insert(RectificationStep, { noticeId, ...step });
}

/** Writes an issue's new state (and explanation or resolving version). */
export async function updateItem(
  manager: EntityManager,
  item: Pick<NoticeItem, 'id' | 'state' | 'explanation' | 'resolvedByVersion'>,
): Promise<void> {
  const { id, state, explanation, resolvedByVersion } = item;
  await manager.update(RectificationItem, { id }, { state, explanation, resolvedByVersion });
}
