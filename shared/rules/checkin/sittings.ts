import type { MessageKey } from '../../locales';
import { z } from 'zod';
import type { Attendance, Conference, Trilingual } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import { isoDate, parseFields, trilingual } from '../../core/domain/validation';

/**
 * A sitting: one part of the event with its own attendance (day 1, day 2, the assembly, the
 * seminar). Every event has its main sitting (id ''); an event of one sitting works as it always did.
 */
export interface Sitting {
  id: string;
  name: Trilingual;
  /** `YYYY-MM-DD`, or '' when not fixed. */
  date: string;
}

export const MAIN_SITTING_ID = '';
export const MAX_SITTINGS = 20;

type SittingsOf = Pick<Conference, 'sittings' | 'assemblySittingId'>;

const EMPTY_NAME: Trilingual = { zh: '', ru: '', en: '' };

/** The event's sittings, the main one first. */
export function sittingsOf(conference: SittingsOf | undefined): Sitting[] {
  const saved = conference?.sittings ?? [];
  const main = saved.find((s) => s.id === MAIN_SITTING_ID) ?? {
    id: MAIN_SITTING_ID,
    name: EMPTY_NAME,
    date: '',
  };
  return [main, ...saved.filter((s) => s.id !== MAIN_SITTING_ID)];
}

/** The sitting whose attendance the quorum, the votes and the minutes use. */
export function assemblySittingId(conference: SittingsOf | undefined): string {
  const id = conference?.assemblySittingId ?? MAIN_SITTING_ID;
  return sittingsOf(conference).some((s) => s.id === id) ? id : MAIN_SITTING_ID;
}

/** The attendance record of a person at a sitting: the main sitting keeps the person's own id. */
export function attendanceId(attendeeId: string, sittingId: string): string {
  return sittingId === MAIN_SITTING_ID ? attendeeId : `${attendeeId}@${sittingId}`;
}

export function sittingOfRecord(row: Pick<Attendance, 'sittingId'>): string {
  return row.sittingId ?? MAIN_SITTING_ID;
}

export function attendeeOfRecord(row: Pick<Attendance, 'id' | 'attendeeId'>): string {
  return row.attendeeId ?? row.id;
}

/** The attendance at one sitting, each row under its person's id (what the figures and lists key by). */
export function attendanceAt(rows: readonly Attendance[], sittingId: string): Attendance[] {
  return rows
    .filter((row) => sittingOfRecord(row) === sittingId)
    .map((row) => (row.id === attendeeOfRecord(row) ? row : { ...row, id: attendeeOfRecord(row) }));
}

const sittingSchema = z.object({ id: z.string().max(40), name: trilingual, date: isoDate });

/**
 * Saves the event's sittings and which of them is the assembly's. A sitting needs a name (but the
 * main one) and cannot be removed once someone was checked in to it.
 */
export function saveSittings(
  conference: Conference,
  input: readonly Sitting[],
  assemblyId: string,
  checkedInAt: (sittingId: string) => number,
): CommandResult {
  if (input.length > MAX_SITTINGS) return refuse('sittings', 'errors.tooManySittings', { max: MAX_SITTINGS });
  const sittings: Sitting[] = [];
  for (const [i, raw] of input.entries()) {
    const parsed = parseFields(sittingSchema, raw);
    if (!parsed.ok)
      return { ok: false, errors: parsed.errors.map((e) => ({ ...e, field: `sittings.${i}.${e.field}` })) };
    const { name } = parsed.value;
    if (parsed.value.id !== MAIN_SITTING_ID && !name.zh && !name.ru && !name.en)
      return refuse(`sittings.${i}.name`, 'errors.sittingNameRequired');
    if (sittings.some((s) => s.id === parsed.value.id)) return refuse(`sittings.${i}`, 'errors.invalidValue');
    sittings.push(parsed.value);
  }
  if (sittings[0]?.id !== MAIN_SITTING_ID) return refuse('sittings', 'errors.invalidValue');
  for (const before of sittingsOf(conference)) {
    const count = checkedInAt(before.id);
    if (count > 0 && !sittings.some((s) => s.id === before.id))
      return refuse('sittings', 'errors.sittingHasAttendance', { n: count });
  }
  if (!sittings.some((s) => s.id === assemblyId)) return refuse('assemblySittingId', 'errors.invalidValue');
  const patch = { sittings, assemblySittingId: assemblyId };
  return {
    ok: true,
    entityId: conference.id,
    events: [
      {
        conferenceId: conference.id,
        entityId: conference.id,
        payload: { kind: 'conference', op: 'updated', patch },
      },
    ],
  };
}

function refuse(field: string, message: MessageKey, params?: Record<string, number>): CommandResult {
  return { ok: false, errors: [{ field, message, ...(params ? { params } : {}) }] };
}
