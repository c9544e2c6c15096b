import type { AnyEntity } from './entities';
import type { DomainEvent } from './events';
import { admitEvents } from './sealGuard';

/**
 * The projection of one record: the previous row and an event give the next row. Pure, so that
 * the live store and a replay of the log produce the same rows.
 */
export function projectEvent(previous: AnyEntity | undefined, event: DomainEvent): AnyEntity | undefined {
  const { payload } = event;
  // A record belongs to its event: an event of another one naming its id changes nothing.
  if (previous && previous.conferenceId !== event.conferenceId) return previous;
  switch (payload.op) {
    case 'created':
      if (previous) return previous;
      return {
        ...payload.fields,
        id: event.entityId,
        conferenceId: event.conferenceId,
        version: event.hlc,
        createdAt: event.at,
        updatedAt: event.at,
        deletedAt: null,
      } as AnyEntity;
    case 'updated':
      if (!previous) return undefined;
      return { ...previous, ...payload.patch, version: event.hlc, updatedAt: event.at } as AnyEntity;
    case 'deleted':
      if (!previous) return undefined;
      return { ...previous, version: event.hlc, updatedAt: event.at, deletedAt: event.at };
  }
}

export function byClock(a: { hlc: string }, b: { hlc: string }): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}

/**
 * Replays events (in any order) into projection rows keyed by record id. A fact about a sealed
 * result that is not its reopening is held out (see admitEvents).
 */
/** Kinds whose record takes the attendee's id (the main sitting's attendance, the badge prints). */
const KEYED_BY_KIND: ReadonlySet<string> = new Set(['attendance', 'badgePrint']);

/**
 * The key of an event's record among the rows of a replay: its id, or for the kinds that share
 * the attendee's id, the kind and the id, so that a check-in never lands on the person's record.
 */
export function rowKey(event: Pick<DomainEvent, 'entityId' | 'payload'>): string {
  return KEYED_BY_KIND.has(event.payload.kind)
    ? `${event.payload.kind}\u0000${event.entityId}`
    : event.entityId;
}

export function replayEvents(events: readonly DomainEvent[]): Map<string, AnyEntity> {
  return replayWithHeld(events).rows;
}

/** As replayEvents, with the facts the seal guard held out of the rows. */
export function replayWithHeld(events: readonly DomainEvent[]): {
  rows: Map<string, AnyEntity>;
  held: DomainEvent[];
} {
  const { admitted, held } = admitEvents([...events].sort(byClock));
  const rows = new Map<string, AnyEntity>();
  for (const event of admitted) {
    const key = rowKey(event);
    const next = projectEvent(rows.get(key), event);
    if (next) rows.set(key, next);
  }
  return { rows, held };
}
