import type { Attendee, Organisation } from '../../shared/core/domain/entities';
import type { DomainEvent } from '../../shared/core/domain/events';
import type { ResultsRecord } from '../../shared/codecs/export/resultsWorkbook';
import type { EventStore } from './eventStore';
import { liveAttendees, liveOrganisations, readAllRows, readAssemblyAttendance } from './projectionPages';

// Reads the screens make once (an export, a check before a command), not live: the live ones are
// the hooks of ./hooks. The screens never name a table or an index; these functions do.

/** Every attendee of a conference, deleted ones included. */
export function readAttendees(store: EventStore, conferenceId: string): Promise<Attendee[]> {
  return readAllRows(store.db, 'attendee', conferenceId);
}

/** Every organisation of a conference, deleted ones included. */
export function readOrganisations(store: EventStore, conferenceId: string): Promise<Organisation[]> {
  return readAllRows(store.db, 'organisation', conferenceId);
}

/** The live (not deleted) attendees of a conference, by code. */
export function readLiveAttendees(store: EventStore, conferenceId: string): Promise<Attendee[]> {
  return liveAttendees(store.db, conferenceId);
}

/** The live (not deleted) organisations of a conference, by code. */
export function readLiveOrganisations(store: EventStore, conferenceId: string): Promise<Organisation[]> {
  return liveOrganisations(store.db, conferenceId);
}

/** The ids of the people present at the assembly's sitting. */
export async function readAssemblyPresentIds(store: EventStore, conferenceId: string): Promise<Set<string>> {
  return new Set(
    (await readAssemblyAttendance(store.db, conferenceId))
      .filter((a) => a.status === 'present')
      .map((a) => a.id),
  );
}

/** A conference's commits, by clock. */
const logOf = (store: EventStore, conferenceId: string) =>
  store.db.commits.where('[conferenceId+hlc]').between([conferenceId, ''], [conferenceId, '\uffff']);

/** Every event of a conference's log, in clock order. */
export async function readLoggedEvents(store: EventStore, conferenceId: string): Promise<DomainEvent[]> {
  return (await logOf(store, conferenceId).toArray()).flatMap((c) => c.events);
}

/** The clock of the conference's latest commit ('' before the first). */
export async function readLatestClock(store: EventStore, conferenceId: string): Promise<string> {
  return (await logOf(store, conferenceId).last())?.hlc ?? '';
}

/** What the results workbook is made of: every vote and election round, their papers and ballots, the register. */
export async function readResultsRecord(store: EventStore, conferenceId: string): Promise<ResultsRecord> {
  const db = store.db;
  const [votes, elections, papers, issues, attendees, organisations] = await Promise.all([
    db.votes.where('conferenceId').equals(conferenceId).toArray(),
    db.elections.where('conferenceId').equals(conferenceId).toArray(),
    db.ballotEntries.where('conferenceId').equals(conferenceId).toArray(),
    db.ballotIssues.where('conferenceId').equals(conferenceId).toArray(),
    readAllRows(db, 'attendee', conferenceId),
    readAllRows(db, 'organisation', conferenceId),
  ]);
  return { votes, elections, papers, issues, attendees, organisations };
}
