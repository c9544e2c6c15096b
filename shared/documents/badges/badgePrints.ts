import type { AttendeeCategory, BadgePrint } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';

/** Every print is recorded: who got a badge, how often, when, on which stock. One commit per print run. */
export function recordPrints(
  conferenceId: string,
  attendeeIds: readonly string[],
  previous: ReadonlyMap<string, BadgePrint>,
  preset: string,
  now: string,
): CommandResult {
  if (attendeeIds.length === 0)
    return { ok: false, errors: [{ field: 'form', message: 'badges.nothingSelected' }] };
  const events = attendeeIds.map((id): PlannedEvent => {
    const before = previous.get(id);
    return before
      ? {
          conferenceId,
          entityId: id,
          payload: {
            kind: 'badgePrint',
            op: 'updated',
            patch: { count: before.count + 1, lastPrintedAt: now, preset },
          },
        }
      : {
          conferenceId,
          entityId: id,
          payload: {
            kind: 'badgePrint',
            op: 'created',
            fields: { count: 1, firstPrintedAt: now, lastPrintedAt: now, preset },
          },
        };
  });
  return { ok: true, entityId: attendeeIds[0]!, events };
}

export type BadgeSelection =
  | { kind: 'all' }
  | { kind: 'unprinted' }
  | { kind: 'category'; category: AttendeeCategory }
  | { kind: 'one'; attendeeId: string };

/** The attendees a print run covers, in code order. */
export function selectForPrinting<
  T extends { id: string; code: string; category: AttendeeCategory; deletedAt: string | null },
>(attendees: readonly T[], prints: ReadonlyMap<string, BadgePrint>, selection: BadgeSelection): T[] {
  const live = attendees
    .filter((a) => !a.deletedAt)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (selection.kind === 'all') return live;
  if (selection.kind === 'unprinted') return live.filter((a) => !prints.get(a.id));
  if (selection.kind === 'category') return live.filter((a) => a.category === selection.category);
  return live.filter((a) => a.id === selection.attendeeId);
}
