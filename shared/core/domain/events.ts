import type { EntityFieldsByKind, EntityKind } from './entities';
import { factOf, type EventType } from './facts';

/** The schema version of the event payloads written by this code. */
export const EVENT_SCHEMA_VERSION = 1;

export type EntityEventType<K extends EntityKind = EntityKind> =
  `${K}.created` | `${K}.updated` | `${K}.deleted`;

export type EventPayload<K extends EntityKind = EntityKind> =
  | { kind: K; op: 'created'; fields: EntityFieldsByKind[K] }
  | { kind: K; op: 'updated'; patch: Partial<EntityFieldsByKind[K]> }
  | { kind: K; op: 'deleted' };

/** One entry of the append-only log. */
export interface DomainEvent<K extends EntityKind = EntityKind> {
  id: string;
  conferenceId: string;
  /** The record this event changes. */
  entityId: string;
  /** What happened (`attendee.checkedIn`, `result.sealed`): its merge rule is found by it. */
  type: EventType;
  v: number;
  deviceId: string;
  actor: string;
  /** Encoded hybrid logical clock: the order of the log. */
  hlc: string;
  /** Wall-clock time of the device, ISO 8601: for people, never for ordering. */
  at: string;
  payload: EventPayload<K>;
}

/** What a command decides; the store gives it id, clock, device and actor. */
export type PlannedEvent = Pick<DomainEvent, 'conferenceId' | 'entityId' | 'payload'>;

export function eventType(payload: EventPayload): EventType {
  return factOf(payload);
}

/**
 * What the log stores: the events of one command, written together. A check-in is a commit of one
 * event; an import of 20,000 rows is one commit of 40,000 events — one record instead of 40,000,
 * which is what makes large imports fast (each stored record has a fixed cost in IndexedDB).
 */
export interface Commit {
  /** The id of its first event. */
  id: string;
  conferenceId: string;
  /** The clock of its first event: commits are ordered by it. */
  hlc: string;
  /** Every record the commit changes: a record's history is the commits that name it. */
  entityIds: string[];
  events: DomainEvent[];
}

export function commitOf(events: readonly DomainEvent[]): Commit {
  const first = events[0];
  if (!first) throw new Error('a commit needs at least one event');
  return {
    id: first.id,
    conferenceId: first.conferenceId,
    hlc: first.hlc,
    entityIds: [...new Set(events.map((e) => e.entityId))],
    events: [...events],
  };
}
