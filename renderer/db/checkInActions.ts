import type { Attendee, AttendeeFields, CheckInMethod } from '../../shared/core/domain/entities';
import * as commands from '../../shared/core/domain/commands';
import type { CommandResult } from '../../shared/core/domain/commands';
import {
  checkIn,
  markLeft,
  undoLastAction,
  type DeskContext,
} from '../../shared/rules/checkin/checkInCommands';
import type { EventStore } from './eventStore';
import { readAllRows, readRow } from './projectionPages';
import { deskName } from './openDatabase';
import { lastAttendeeCode } from './actions';
import { claimCheckIn, onVenueNetwork } from './venue/claims';
import {
  attendanceId,
  MAIN_SITTING_ID,
  saveSittings,
  sittingOfRecord,
  type Sitting,
} from '../../shared/rules/checkin/sittings';

function desk(store: EventStore, sittingId: string): DeskContext {
  return { desk: deskName() || store.deviceId, now: new Date().toISOString(), sittingId };
}

function attendanceRow(store: EventStore, conferenceId: string, attendeeId: string, sittingId: string) {
  return readRow(store.db, 'attendance', conferenceId, attendanceId(attendeeId, sittingId));
}

/**
 * A check-in. The desk passes the person as its register shows them (kept live from the log), so
 * the write reads only the person's attendance: the shortest path from a scan to the record on disk.
 */
export async function recordCheckIn(
  store: EventStore,
  conferenceId: string,
  attendeeId: string,
  method: CheckInMethod,
  sittingId = MAIN_SITTING_ID,
  known?: Attendee,
): Promise<CommandResult> {
  if (onVenueNetwork(conferenceId)) {
    const held = await claimedElsewhere(store, conferenceId, attendeeId, method, sittingId, known);
    if (held) return held;
  }
  return store.run(async () => {
    const attendee = known ?? (await readRow(store.db, 'attendee', conferenceId, attendeeId));
    return checkIn(
      attendee,
      await attendanceRow(store, conferenceId, attendeeId, sittingId),
      method,
      desk(store, sittingId),
    );
  }, true);
}

/**
 * The refusal when another desk has checked the person in through the host, else null. Claimed only
 * for a check-in this desk would record: a refused one must not hold the claim.
 */
async function claimedElsewhere(
  store: EventStore,
  conferenceId: string,
  attendeeId: string,
  method: CheckInMethod,
  sittingId: string,
  known?: Attendee,
): Promise<CommandResult | null> {
  const attendee = known ?? (await readRow(store.db, 'attendee', conferenceId, attendeeId));
  const attendance = await attendanceRow(store, conferenceId, attendeeId, sittingId);
  const here = desk(store, sittingId);
  if (!checkIn(attendee, attendance, method, here).ok) return null;
  const id = attendanceId(attendeeId, sittingId);
  return claimCheckIn(store, conferenceId, id, attendance?.version ?? '', here.desk);
}

export function recordLeft(
  store: EventStore,
  conferenceId: string,
  attendeeId: string,
  sittingId = MAIN_SITTING_ID,
): Promise<CommandResult> {
  return store.run(async () => {
    const attendee = await readRow(store.db, 'attendee', conferenceId, attendeeId);
    if (!attendee) return { ok: false, errors: [{ field: 'form', message: 'checkin.unknownPerson' }] };
    return markLeft(
      attendee,
      await attendanceRow(store, conferenceId, attendeeId, sittingId),
      desk(store, sittingId),
    );
  });
}

export function undoCheckIn(
  store: EventStore,
  conferenceId: string,
  attendeeId: string,
  sittingId = MAIN_SITTING_ID,
): Promise<CommandResult> {
  return store.run(async () => {
    const attendee = await readRow(store.db, 'attendee', conferenceId, attendeeId);
    if (!attendee) return { ok: false, errors: [{ field: 'form', message: 'checkin.unknownPerson' }] };
    return undoLastAction(
      attendee,
      await attendanceRow(store, conferenceId, attendeeId, sittingId),
      desk(store, sittingId),
    );
  });
}

/** Someone not on the list, registered at the desk and checked in at once (to the desk's sitting): one commit. */
export function registerWalkIn(
  store: EventStore,
  conferenceId: string,
  fields: AttendeeFields,
  sittingId = MAIN_SITTING_ID,
): Promise<CommandResult> {
  return store.run(async () => {
    const attendees = await readAllRows(store.db, 'attendee', conferenceId);
    const organisation = fields.organisationId
      ? await readRow(store.db, 'organisation', conferenceId, fields.organisationId)
      : undefined;
    const created = commands.createAttendee(conferenceId, fields, {
      organisation,
      nextCode: commands.attendeeCodeAfter(lastAttendeeCode(attendees)),
      codeTaken: (code) => attendees.some((a) => a.code === code && !a.deletedAt),
      representing: [],
    });
    if (!created.ok) return created;
    const payload = created.events[0]!.payload;
    const attendee = {
      ...(payload.op === 'created' ? (payload.fields as AttendeeFields) : fields),
      id: created.entityId,
      conferenceId,
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    const arrived = checkIn(attendee, undefined, 'walkIn', desk(store, sittingId));
    if (!arrived.ok) return arrived;
    return { ok: true, entityId: created.entityId, events: [...created.events, ...arrived.events] };
  });
}

/** Saves the event's sittings and which one is the assembly's; refuses to drop a sitting someone was checked in to. */
export function saveSittingsAction(
  store: EventStore,
  conferenceId: string,
  sittings: readonly Sitting[],
  assemblyId: string,
): Promise<CommandResult> {
  return store.run(async () => {
    const conference = await store.db.conferences.get(conferenceId);
    if (!conference) return { ok: false, errors: [{ field: 'form', message: 'errors.recordMissing' }] };
    const attendance = await readAllRows(store.db, 'attendance', conferenceId);
    const checkedIn = (sittingId: string) =>
      attendance.filter((a) => sittingOfRecord(a) === sittingId && a.firstCheckInAt).length;
    return saveSittings(conference, sittings, assemblyId, checkedIn);
  });
}
