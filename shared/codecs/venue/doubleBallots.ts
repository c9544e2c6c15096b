import type { BallotIssue, Conflict } from '../../core/domain/entities';
import type { PlannedEvent } from '../../core/domain/events';
import type { ConflictFields } from '../archive/merge/conflictFields';
import { remove } from '../archive/merge/plannedEvents';

/** The same id on every laptop that finds the same double ballot: recorded twice, it is one conflict. */
export const doubleBallotId = (electionId: string, seatId: string) =>
  `conflict-ballot-${electionId}-${seatId}`;

/**
 * Ballots issued for one seat and election at two desks while apart (a desk offline, or the host
 * away): each becomes a conflict for the tellers, which blocks sealing until they keep one issue.
 * Found again on another laptop, it gets the same id; already recorded, it is not recorded again.
 */
export function doubleBallots(
  issues: readonly BallotIssue[],
  recorded: readonly Pick<Conflict, 'id'>[],
): PlannedEvent[] {
  const known = new Set(recorded.map((c) => c.id));
  const groups = new Map<string, BallotIssue[]>();
  for (const issue of issues) {
    if (issue.deletedAt) continue;
    const key = doubleBallotId(issue.electionId, issue.seatId);
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const events: PlannedEvent[] = [];
  for (const [id, group] of groups) {
    if (group.length < 2 || known.has(id)) continue;
    const ordered = [...group].sort((a, b) => (a.id < b.id ? -1 : 1));
    const fields: ConflictFields = {
      recordId: ordered[0]!.electionId,
      subject: { key: 'venue.conflict_ballotTwice', params: {} },
      choices: ordered.map((keep) => ({
        key: 'venue.keepBallotOf' as const,
        params: { at: keep.createdAt, value: keep.desk },
        events: ordered
          .filter((i) => i.id !== keep.id)
          .map((i) => remove(i.conferenceId, 'ballotIssue', i.id)),
      })),
      resolvedWith: null,
    };
    events.push({
      conferenceId: ordered[0]!.conferenceId,
      entityId: id,
      payload: { kind: 'conflict', op: 'created', fields },
    } as PlannedEvent);
  }
  return events;
}
