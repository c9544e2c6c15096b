import type { Table } from 'dexie';
import type { CommandResult } from '../../shared/core/domain/commands';
import type { CommitteeMember, Trilingual } from '../../shared/core/domain/entities';
import type { CommitteeMemberFields, FreeSection } from '../../shared/documents/minutes/minutesTypes';
import type { MinutesRecord } from '../../shared/documents/minutes/minutesRecord';
import * as minutes from '../../shared/documents/minutes/minutesCommands';
import type { EventStore } from './eventStore';
import { readAllRows, readAssemblyAttendance } from './projectionPages';

const byConference = <T>(table: Table<T, string>, conferenceId: string): Promise<T[]> =>
  table.where('conferenceId').equals(conferenceId).toArray();

/** Everything the minutes are written from, read from the projections. */
export async function loadMinutesRecord(
  store: EventStore,
  conferenceId: string,
): Promise<MinutesRecord | undefined> {
  const db = store.db;
  const conference = await db.conferences.get(conferenceId);
  if (!conference) return undefined;
  const [
    organisers,
    agenda,
    organisations,
    attendees,
    attendance,
    votes,
    elections,
    papers,
    issues,
    committee,
    texts,
  ] = await Promise.all([
    byConference(db.organisers, conferenceId),
    byConference(db.agendaItems, conferenceId),
    readAllRows(db, 'organisation', conferenceId),
    readAllRows(db, 'attendee', conferenceId),
    readAssemblyAttendance(db, conferenceId),
    byConference(db.votes, conferenceId),
    byConference(db.elections, conferenceId),
    byConference(db.ballotEntries, conferenceId),
    byConference(db.ballotIssues, conferenceId),
    byConference(db.committeeMembers, conferenceId),
    byConference(db.minutes, conferenceId),
  ]);
  return {
    conference,
    organisers,
    agenda,
    organisations,
    attendees,
    attendance,
    votes,
    elections,
    papers,
    issues,
    committee,
    minutes: texts.find((m) => !m.deletedAt),
  };
}

async function currentMinutes(store: EventStore, conferenceId: string) {
  return (await store.db.minutes.where('conferenceId').equals(conferenceId).toArray()).find(
    (m) => !m.deletedAt,
  );
}

export const saveMinutesParagraphAction = (
  store: EventStore,
  conferenceId: string,
  section: string,
  texts: Partial<Trilingual>,
  prefilled: Partial<Trilingual>,
): Promise<CommandResult> =>
  store.run(async () =>
    minutes.saveMinutesParagraph(
      conferenceId,
      await currentMinutes(store, conferenceId),
      section,
      texts,
      prefilled,
    ),
  );

export const addFreeSectionAction = (
  store: EventStore,
  conferenceId: string,
  section: Omit<FreeSection, 'id'>,
): Promise<CommandResult> =>
  store.run(async () =>
    minutes.addFreeSection(conferenceId, await currentMinutes(store, conferenceId), section),
  );

export const removeFreeSectionAction = (
  store: EventStore,
  conferenceId: string,
  id: string,
): Promise<CommandResult> =>
  store.run(async () => {
    const current = await currentMinutes(store, conferenceId);
    return current ? minutes.removeFreeSection(current, id) : { ok: true, entityId: id, events: [] };
  });

export const saveCommitteeMemberAction = (
  store: EventStore,
  conferenceId: string,
  fields: CommitteeMemberFields,
  current?: CommitteeMember,
): Promise<CommandResult> => store.run(() => minutes.saveCommitteeMember(conferenceId, fields, current));
