import Dexie from 'dexie';
import type {
  AnyEntity,
  Attendance,
  Attendee,
  BadgePrint,
  Organisation,
} from '../../shared/core/domain/entities';
import type { DomainEvent } from '../../shared/core/domain/events';
import { projectEvent } from '../../shared/core/domain/reducers';
import type { PlenumDatabase } from './schema';
import { assemblySittingId, attendanceAt } from '../../shared/rules/checkin/sittings';

/**
 * Organisations and attendees are stored in pages of rows rather than a record each: IndexedDB
 * spends ~30–50 µs on every record it writes whatever its size, so an import of 20,000 people as
 * 40,000 records took seconds, and as 128 pages takes a fraction of one. A record's page is fixed
 * by its id, so a change rewrites one page.
 */
export { PAGED_KINDS, isPagedKind, type PagedKind } from '../../shared/core/domain/entityKinds';
import { PAGED_KINDS, type PagedKind } from '../../shared/core/domain/entityKinds';
export const PAGES_PER_CONFERENCE = 64;

export interface ProjectionPage {
  kind: PagedKind;
  conferenceId: string;
  page: number;
  rows: Record<string, AnyEntity>;
}

/** FNV-1a of the id: the same page on every machine and in every replay. */
export function pageOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % PAGES_PER_CONFERENCE;
}

type RowOf<K extends PagedKind> = K extends 'attendee'
  ? Attendee
  : K extends 'attendance'
    ? Attendance
    : K extends 'badgePrint'
      ? BadgePrint
      : Organisation;

function pageRange(kind: PagedKind, conferenceId: string) {
  return [
    [kind, conferenceId, Dexie.minKey],
    [kind, conferenceId, Dexie.maxKey],
  ] as const;
}

/** Every record of a kind in a conference, deleted ones included. */
export async function readAllRows<K extends PagedKind>(
  db: PlenumDatabase,
  kind: K,
  conferenceId: string,
): Promise<RowOf<K>[]> {
  const [lower, upper] = pageRange(kind, conferenceId);
  const pages = await db.pages.where('[kind+conferenceId+page]').between(lower, upper, true, true).toArray();
  return pages.flatMap((p) => Object.values(p.rows) as RowOf<K>[]);
}

export async function readRow<K extends PagedKind>(
  db: PlenumDatabase,
  kind: K,
  conferenceId: string,
  id: string,
): Promise<RowOf<K> | undefined> {
  const page = await db.pages.get([kind, conferenceId, pageOf(id)]);
  return page?.rows[id] as RowOf<K> | undefined;
}

// Codes are compared by code unit, not localeCompare: ten times faster on 20,000 rows, and codes are ASCII.
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The live (not deleted) organisations of a conference, by code. */
export async function liveOrganisations(db: PlenumDatabase, conferenceId: string): Promise<Organisation[]> {
  return (await readAllRows(db, 'organisation', conferenceId)).filter((o) => !o.deletedAt).sort(byCode);
}

/** The live attendees of a conference, by code. */
export async function liveAttendees(db: PlenumDatabase, conferenceId: string): Promise<Attendee[]> {
  return (await readAllRows(db, 'attendee', conferenceId)).filter((a) => !a.deletedAt).sort(byCode);
}

/** Applies events of paged kinds: one read and one write of each page they touch. */
export async function projectIntoPages(db: PlenumDatabase, events: readonly DomainEvent[]): Promise<void> {
  const byPage = new Map<string, { key: [PagedKind, string, number]; events: DomainEvent[] }>();
  for (const event of events) {
    const kind = event.payload.kind as PagedKind;
    const key: [PagedKind, string, number] = [kind, event.conferenceId, pageOf(event.entityId)];
    const id = key.join('\u0000');
    const entry = byPage.get(id) ?? { key, events: [] };
    entry.events.push(event);
    byPage.set(id, entry);
  }
  const entries = [...byPage.values()];
  const stored = await db.pages.bulkGet(entries.map((e) => e.key));
  const pages = entries.map(({ key: [kind, conferenceId, page], events: pageEvents }, i): ProjectionPage => {
    const rows = { ...(stored[i]?.rows ?? {}) };
    for (const event of pageEvents) {
      const next = projectEvent(rows[event.entityId], event);
      if (next) rows[event.entityId] = next;
    }
    return { kind, conferenceId, page, rows };
  });
  await db.pages.bulkPut(pages);
}

/**
 * Sets the records `events` change to what these events (their whole history, in clock order) make
 * of them, from nothing: a record replayed this way does not depend on the order its events arrived in.
 */
export async function replaceRowsInPages(
  db: PlenumDatabase,
  conferenceId: string,
  events: readonly DomainEvent[],
): Promise<void> {
  const byPage = new Map<
    string,
    { key: [PagedKind, string, number]; rows: Map<string, AnyEntity | undefined> }
  >();
  for (const event of events) {
    const key: [PagedKind, string, number] = [
      event.payload.kind as PagedKind,
      conferenceId,
      pageOf(event.entityId),
    ];
    const entry = byPage.get(key.join('\u0000')) ?? { key, rows: new Map() };
    entry.rows.set(event.entityId, projectEvent(entry.rows.get(event.entityId), event));
    byPage.set(key.join('\u0000'), entry);
  }
  const entries = [...byPage.values()];
  const stored = await db.pages.bulkGet(entries.map((e) => e.key));
  const pages = entries.map(({ key: [kind, , page], rows }, i): ProjectionPage => {
    const pageRows = { ...(stored[i]?.rows ?? {}) };
    for (const [id, row] of rows) {
      if (row) pageRows[id] = row;
      else delete pageRows[id];
    }
    return { kind, conferenceId, page, rows: pageRows };
  });
  await db.pages.bulkPut(pages);
}

export async function clearPages(db: PlenumDatabase, conferenceId: string): Promise<void> {
  for (const kind of PAGED_KINDS) {
    const [lower, upper] = pageRange(kind, conferenceId);
    await db.pages.where('[kind+conferenceId+page]').between(lower, upper, true, true).delete();
  }
}

/** The attendance of the assembly's sitting, under each person's id: what the quorum, votes and minutes count. */
export async function readAssemblyAttendance(
  db: PlenumDatabase,
  conferenceId: string,
): Promise<Attendance[]> {
  const [conference, rows] = await Promise.all([
    db.conferences.get(conferenceId),
    readAllRows(db, 'attendance', conferenceId),
  ]);
  return attendanceAt(rows, assemblySittingId(conference));
}
