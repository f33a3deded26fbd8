import { EntityManager } from 'typeorm';
import { AuditEvent } from '../../../entities';
import { countWrite } from '../../storage/store/data-generation';

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

/**
 * Stores the events, then counts them in the data generation: the count comes after the rows,
 * so a reader who sees the new generation sees the events (one who sees the events under the
 * old generation only sees them a little early). Two statements, no transaction: on SQLite
 * the one connection may be inside an upload's transaction.
 */
export async function recordAuditEvents(manager: EntityManager, events: readonly NewAuditEvent[]): Promise<void> {
  if (!events.length) return;
  await manager.insert(
    AuditEvent,
    events.map((event) => ({ ...event })),
  );
  await countWrite(manager, `audit/${events[0].requestId}`);
}

/** Newest first, by time: ids are not in time order on a cluster (each node hands out its own). */
export function listAuditEvents(manager: EntityManager, limit: number, offset: number): Promise<AuditEvent[]> {
  return manager.find(AuditEvent, { order: { at: 'DESC', id: 'DESC' }, take: limit, skip: offset });
}
