import type { AttendeeFields, CheckInMethod } from '../../shared/domain/entities';
import * as commands from '../../shared/domain/commands';
import type { CommandResult } from '../../shared/domain/commands';
import { checkIn, markLeft, undoLastAction, type DeskContext } from '../../shared/checkin/checkInCommands';
import type { EventStore } from './eventStore';
import { readAllRows, readRow } from './projectionPages';
import { deskName } from './openDatabase';
import { lastAttendeeCode } from './actions';

function desk(store: EventStore): DeskContext {
  return { desk: deskName() || store.deviceId, now: new Date().toISOString() };
}

export function recordCheckIn(store: EventStore, conferenceId: string, attendeeId: string, method: CheckInMethod): Promise<CommandResult> {
  return store.run(async () => checkIn(await readRow(store.db, 'attendee', conferenceId, attendeeId), await readRow(store.db, 'attendance', conferenceId, attendeeId), method, desk(store)));
}

export function recordLeft(store: EventStore, conferenceId: string, attendeeId: string): Promise<CommandResult> {
  return store.run(async () => {
    const attendee = await readRow(store.db, 'attendee', conferenceId, attendeeId);
    if (!attendee) return { ok: false, errors: [{ field: 'form', message: 'checkin.unknownPerson' }] };
    return markLeft(attendee, await readRow(store.db, 'attendance', conferenceId, attendeeId), desk(store));
  });
}

export function undoCheckIn(store: EventStore, conferenceId: string, attendeeId: string): Promise<CommandResult> {
  return store.run(async () => {
    const attendee = await readRow(store.db, 'attendee', conferenceId, attendeeId);
    if (!attendee) return { ok: false, errors: [{ field: 'form', message: 'checkin.unknownPerson' }] };
    return undoLastAction(attendee, await readRow(store.db, 'attendance', conferenceId, attendeeId), desk(store));
  });
}

/** Someone not on the list, registered at the desk and checked in at once: one commit. */
export function registerWalkIn(store: EventStore, conferenceId: string, fields: AttendeeFields): Promise<CommandResult> {
  return store.run(async () => {
    const attendees = await readAllRows(store.db, 'attendee', conferenceId);
    const organisation = fields.organisationId ? await readRow(store.db, 'organisation', conferenceId, fields.organisationId) : undefined;
    const created = commands.createAttendee(conferenceId, fields, {
      organisation,
      nextCode: commands.attendeeCodeAfter(lastAttendeeCode(attendees)),
      codeTaken: (code) => attendees.some((a) => a.code === code && !a.deletedAt),
      representing: [],
    });
    if (!created.ok) return created;
    const payload = created.events[0]!.payload;
    const attendee = { ...(payload.op === 'created' ? (payload.fields as AttendeeFields) : fields), id: created.entityId, conferenceId, version: '', createdAt: '', updatedAt: '', deletedAt: null };
    const arrived = checkIn(attendee, undefined, 'walkIn', desk(store));
    if (!arrived.ok) return arrived;
    return { ok: true, entityId: created.entityId, events: [...created.events, ...arrived.events] };
  });
}
