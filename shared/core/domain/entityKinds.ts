import type { EntityKind } from './entities';

/**
 * Every kind of record, once, with how it is stored: `table` a record each under its own id
 * (conferences, votes, elections…), `paged` in pages of rows kept per event (the register and its
 * attendance, which come in tens of thousands). A kind missing here fails the type check.
 */
export const ENTITY_STORAGE = {
  conference: 'table',
  organiser: 'table',
  agendaItem: 'table',
  organisation: 'paged',
  attendee: 'paged',
  importBatch: 'table',
  attendance: 'paged',
  badgePrint: 'paged',
  vote: 'table',
  election: 'table',
  ballotIssue: 'table',
  ballotEntry: 'table',
  committeeMember: 'table',
  minutes: 'table',
  conflict: 'table',
} as const satisfies Record<EntityKind, 'table' | 'paged'>;

type Storage = typeof ENTITY_STORAGE;
export type PagedKind = { [K in EntityKind]: Storage[K] extends 'paged' ? K : never }[EntityKind];
export type TableKind = Exclude<EntityKind, PagedKind>;

export const ENTITY_KINDS = Object.keys(ENTITY_STORAGE) as EntityKind[];
export const PAGED_KINDS = ENTITY_KINDS.filter((kind): kind is PagedKind => ENTITY_STORAGE[kind] === 'paged');
export const TABLE_KINDS = ENTITY_KINDS.filter((kind): kind is TableKind => ENTITY_STORAGE[kind] === 'table');

export function isPagedKind(kind: EntityKind): kind is PagedKind {
  return ENTITY_STORAGE[kind] === 'paged';
}
