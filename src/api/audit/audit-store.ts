import { EntityManager } from 'typeorm';
import { AuditEvent } from '../../../entities';

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

export async function recordAuditEvents(manager: EntityManager, events: readonly NewAuditEvent[]): Promise<void> {
  if (events.length)
    await manager.insert(
      AuditEvent,
      events.map((event) => ({ ...event })),
    );
}

/** Newest first. */
export function listAuditEvents(manager: EntityManager, limit: number, offset: number): Promise<AuditEvent[]> {
  return manager.find(AuditEvent, { order: { id: 'DESC' }, take: limit, skip: offset });
}
