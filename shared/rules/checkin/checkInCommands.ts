import type { MessageKey } from '../../locales';
import type { Attendance, AttendanceFields, Attendee, CheckInMethod } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import { attendanceId, MAIN_SITTING_ID } from './sittings';

export interface DeskContext {
  desk: string;
  /** ISO time of the action. */
  now: string;
  /** The sitting the desk checks in to; the main one when absent. */
  sittingId?: string;
}

function snapshot(current: Attendance | undefined): AttendanceFields['before'] {
  return current
    ? {
        status: current.status,
        firstCheckInAt: current.firstCheckInAt,
        checkedInAt: current.checkedInAt,
        leftAt: current.leftAt,
      }
    : { status: 'absent', firstCheckInAt: '', checkedInAt: '', leftAt: '' };
}

function write(
  attendee: Attendee,
  current: Attendance | undefined,
  fields: AttendanceFields,
  sittingId = MAIN_SITTING_ID,
): CommandResult {
  const entityId = attendanceId(attendee.id, sittingId);
  const event: PlannedEvent = current
    ? {
        conferenceId: attendee.conferenceId,
        entityId,
        payload: { kind: 'attendance', op: 'updated', patch: fields },
      }
    : {
        conferenceId: attendee.conferenceId,
        entityId,
        payload: {
          kind: 'attendance',
          op: 'created',
          fields: { ...fields, attendeeId: attendee.id, sittingId },
        },
      };
  return { ok: true, entityId: attendee.id, events: [event] };
}

function refuse(message: MessageKey, params?: Record<string, string | number>): CommandResult {
  return { ok: false, errors: [{ field: 'form', message, ...(params ? { params } : {}) }] };
}

/**
 * Checks a person in. A second check-in is refused with the time of the first, so a double Enter
 * or a second scan never counts twice; someone marked as left is checked back in.
 */
export function checkIn(
  attendee: Attendee | undefined,
  current: Attendance | undefined,
  method: CheckInMethod,
  { desk, now, sittingId }: DeskContext,
): CommandResult {
  if (!attendee || attendee.deletedAt) return refuse('checkin.unknownPerson');
  if (current?.status === 'present')
    return refuse('checkin.already', { time: current.checkedInAt, desk: current.desk });
  const returning = current?.status === 'left';
  return write(
    attendee,
    current,
    {
      status: 'present',
      firstCheckInAt: current?.firstCheckInAt || now,
      checkedInAt: now,
      leftAt: '',
      lastAction: returning ? 'returned' : 'checkIn',
      desk,
      method,
      before: snapshot(current),
    },
    sittingId,
  );
}

/** Marks someone present as having left the hall (they no longer count as present for votes). */
export function markLeft(
  attendee: Attendee,
  current: Attendance | undefined,
  { desk, now, sittingId }: DeskContext,
): CommandResult {
  if (current?.status !== 'present') return refuse('checkin.notPresent');
  return write(
    attendee,
    current,
    {
      ...fieldsOf(current),
      status: 'left',
      checkedInAt: '',
      leftAt: now,
      lastAction: 'left',
      desk,
      before: snapshot(current),
    },
    sittingId,
  );
}

/** Takes the last check-in, return or departure back, once. */
export function undoLastAction(
  attendee: Attendee,
  current: Attendance | undefined,
  { desk, sittingId }: DeskContext,
): CommandResult {
  if (!current?.before || current.lastAction === 'undo') return refuse('checkin.nothingToUndo');
  return write(
    attendee,
    current,
    { ...fieldsOf(current), ...current.before, lastAction: 'undo', desk, before: null },
    sittingId,
  );
}

/** The fields of a record, without what the projection adds (id, clock, times). */
function fieldsOf(current: Attendance): AttendanceFields {
  const { status, firstCheckInAt, checkedInAt, leftAt, lastAction, desk, method, before } = current;
  return { status, firstCheckInAt, checkedInAt, leftAt, lastAction, desk, method, before };
}
