import type { MessageKey } from '../../../locales';
import type { AnyEntity, BallotEntry, BallotIssue } from '../../../core/domain/entities';
import type { ConflictFields } from './conflictFields';
import { remove, resultIdOf } from './plannedEvents';

interface Duplicates<T> {
  kind: 'ballotEntry' | 'ballotIssue';
  key: (row: T) => string;
  subject: MessageKey;
  params: (row: T) => Record<string, string | number>;
  shown: (row: T) => string;
}

const PAPERS: Duplicates<BallotEntry> = {
  kind: 'ballotEntry',
  key: (p) => `${p.electionId}\u0000${p.teller}\u0000${p.paper}`,
  subject: 'archive.conflict_paperTwice',
  params: (p) => ({ paper: p.paper, teller: p.teller }),
  shown: (p) => JSON.stringify(p.marks),
};

const BALLOTS: Duplicates<BallotIssue> = {
  kind: 'ballotIssue',
  key: (i) => `${i.electionId}\u0000${i.seatId}`,
  subject: 'archive.conflict_ballotTwice',
  params: () => ({}),
  shown: (i) => i.desk,
};

function groupsOf<T extends AnyEntity>(rows: readonly T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.values()];
}

function conflictsOf<T extends AnyEntity>(
  spec: Duplicates<T>,
  rows: readonly T[],
  incomingIds: ReadonlySet<string>,
): ConflictFields[] {
  const mixed = (group: T[]) =>
    group.length > 1 &&
    group.some((r) => incomingIds.has(r.id)) &&
    !group.every((r) => incomingIds.has(r.id));
  return groupsOf(rows, spec.key)
    .filter(mixed)
    .map((group) => ({
      recordId: resultIdOf(group[0], spec.kind),
      subject: { key: spec.subject, params: spec.params(group[0]!) },
      choices: group.map((keep) => ({
        key: incomingIds.has(keep.id) ? 'archive.keepIncomingEntry' : 'archive.keepLocalEntry',
        params: { at: keep.createdAt, value: spec.shown(keep) },
        events: group.filter((r) => r.id !== keep.id).map((r) => remove(r.conferenceId, spec.kind, r.id)),
      })),
      resolvedWith: null,
    }));
}

/** Two records for one thing, one from each laptop: a paper number entered twice, a seat's ballot issued twice. */
export function duplicateConflicts(
  rows: ReadonlyMap<string, AnyEntity>,
  kindOf: ReadonlyMap<string, string>,
  incomingIds: ReadonlySet<string>,
): ConflictFields[] {
  const live = [...rows.values()].filter((r) => !r.deletedAt);
  const of = <T extends AnyEntity>(kind: string) => live.filter((r) => kindOf.get(r.id) === kind) as T[];
  return [
    ...conflictsOf(PAPERS, of<BallotEntry>('ballotEntry'), incomingIds),
    ...conflictsOf(BALLOTS, of<BallotIssue>('ballotIssue'), incomingIds),
  ];
}
