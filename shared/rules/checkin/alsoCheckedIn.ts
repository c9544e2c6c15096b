import type { AttendanceFields } from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';
import { changedFields } from '../../core/domain/facts';
import { byClock } from '../../core/domain/reducers';

export interface OtherCheckIn {
  desk: string;
  at: string;
}

const ENDS_PRESENCE: ReadonlySet<string> = new Set(['attendee.left', 'attendee.checkInUndone']);
const STARTS_PRESENCE: ReadonlySet<string> = new Set(['attendee.checkedIn', 'attendee.returned']);

/**
 * The check-ins of one attendance that the record does not show: two desks apart on the network
 * both checked the person in; the person counts once (the latest by clock is the record), and the
 * desk says where else they were checked in. Only the current stay counts: a check-in before they
 * last left, or one undone, is history, not a duplicate.
 */
export function otherCheckIns(history: readonly DomainEvent[]): OtherCheckIn[] {
  const ordered = [...history].sort(byClock);
  const lastEnd = ordered.findLastIndex((e) => ENDS_PRESENCE.has(e.type));
  const stay = ordered.slice(lastEnd + 1).filter((e) => STARTS_PRESENCE.has(e.type));
  return stay.slice(0, -1).map((event) => {
    const fields = changedFields(event.payload) as Partial<AttendanceFields>;
    return { desk: fields.desk ?? '', at: fields.checkedInAt ?? event.at };
  });
}
