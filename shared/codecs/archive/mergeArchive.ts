import type { MessageKey } from '../../locales';
import type { AnyEntity, BallotEntry, BallotIssue, Conflict } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { Commit, DomainEvent, PlannedEvent } from '../../core/domain/events';
import { replayEvents } from '../../core/domain/reducers';
import { newId } from '../../core/domain/ids';

/** Two entries made apart for the same thing: shown, never silently resolved; the tellers choose. */
export interface ConflictFields {
  /** The vote or election it concerns: sealing waits until it is resolved. */
  recordId: string;
  subject: { key: MessageKey; params: Record<string, string | number> };
  choices: { key: MessageKey; params: Record<string, string | number>; events: PlannedEvent[] }[];
  resolvedWith: number | null;
}

export interface MergePlan {
  /** Commits of the archive this event does not have yet, in clock order. */
  commits: Commit[];
  conflicts: ConflictFields[];
  /** Entries made apart that agree (roll-call votes of different voters): joined by an event. */
  corrections: PlannedEvent[];
}

/** Fields that two laptops must not set differently for the same record without someone deciding. */
type WatchedKind = 'vote' | 'election' | 'ballotEntry';

const WATCHED: Partial<Record<string, string[]>> = {
  vote: ['counts', 'ballots', 'note'],
  election: ['totals'],
  ballotEntry: ['marks', 'spoilt', 'weight'],
};
type RollCallEntry = { voterId: string; choice: string; weight: number };

const patchOf = (e: DomainEvent): Record<string, unknown> =>
  e.payload.op === 'updated'
    ? (e.payload.patch as Record<string, unknown>)
    : e.payload.op === 'created'
      ? (e.payload.fields as unknown as Record<string, unknown>)
      : {};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const update = (
  conferenceId: string,
  kind: string,
  entityId: string,
  patch: Record<string, unknown>,
): PlannedEvent => ({ conferenceId, entityId, payload: { kind, op: 'updated', patch } }) as PlannedEvent;
const remove = (conferenceId: string, kind: string, entityId: string): PlannedEvent =>
  ({ conferenceId, entityId, payload: { kind, op: 'deleted' } }) as PlannedEvent;

/**
 * What merging an archive into this event does: the commits it does not have (by id: merging the
 * same archive twice adds nothing), and the conflicts between what this laptop and the other
 * recorded apart — the same vote's counts set differently, the same voter's roll-call vote, the
 * same paper entered differently, a ballot issued twice for the same seat.
 */
export function planMerge(local: readonly Commit[], archive: readonly Commit[]): MergePlan {
  const localIds = new Set(local.map((c) => c.id));
  const archiveIds = new Set(archive.map((c) => c.id));
  const commits = archive.filter((c) => !localIds.has(c.id)).sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
  if (commits.length === 0) return { commits, conflicts: [], corrections: [] };
  const incoming = commits.flatMap((c) => c.events);
  const localOnly = local.filter((c) => !archiveIds.has(c.id)).flatMap((c) => c.events);
  const merged = replayEvents([...local.flatMap((c) => c.events), ...incoming]);
  const conferenceId = commits[0]!.conferenceId;
  const conflicts: ConflictFields[] = [];
  const corrections: PlannedEvent[] = [];
  const recordOf = (row: AnyEntity | undefined, kind: string) =>
    kind === 'ballotEntry' || kind === 'ballotIssue'
      ? ((row as BallotEntry | undefined)?.electionId ?? '')
      : (row?.id ?? '');

  // The same field of the same record, set on both sides.
  const touched = new Map<string, Map<string, unknown>>();
  for (const e of localOnly) {
    if (e.payload.op !== 'updated') continue;
    for (const [field, value] of Object.entries(patchOf(e)))
      touched.set(
        `${e.entityId}\u0000${field}`,
        new Map([...(touched.get(`${e.entityId}\u0000${field}`) ?? new Map()), ['local', value]]),
      );
  }
  const seen = new Set<string>();
  // The other laptop's last word on each field (counts are saved as they are typed): latest first.
  for (const e of [...incoming].reverse()) {
    if (e.payload.op !== 'updated') continue;
    const kind = e.payload.kind;
    for (const [field, theirs] of Object.entries(patchOf(e))) {
      const key = `${e.entityId}\u0000${field}`;
      const ours = touched.get(key)?.get('local');
      // Only the other laptop's latest value of a field is compared: earlier ones were overtaken.
      if (ours === undefined || seen.has(key)) continue;
      seen.add(key);
      if (same(ours, theirs)) continue;
      const row = merged.get(e.entityId);
      if (kind === 'vote' && field === 'rollCall') {
        rollCallConflicts(
          conferenceId,
          e.entityId,
          ours as RollCallEntry[],
          theirs as RollCallEntry[],
          conflicts,
          corrections,
        );
        continue;
      }
      if (!WATCHED[kind]?.includes(field)) continue;
      conflicts.push({
        recordId: recordOf(row, kind),
        subject: {
          key: `archive.conflict_${kind as WatchedKind}`,
          params: { field, paper: (row as BallotEntry | undefined)?.paper ?? '' },
        },
        choices: [
          {
            key: 'archive.keepLocal',
            params: { value: JSON.stringify(ours) },
            events: [update(conferenceId, kind, e.entityId, { [field]: ours })],
          },
          {
            key: 'archive.keepIncoming',
            params: { value: JSON.stringify(theirs) },
            events: [update(conferenceId, kind, e.entityId, { [field]: theirs })],
          },
        ],
        resolvedWith: null,
      });
    }
  }

  // Two records for one thing: a paper number entered twice, a seat's ballot issued twice.
  const incomingIds = new Set(incoming.filter((e) => e.payload.op === 'created').map((e) => e.entityId));
  const kindOf = new Map(
    [...local.flatMap((c) => c.events), ...incoming].map((e) => [e.entityId, e.payload.kind] as const),
  );
  const live = [...merged.values()].filter((r) => !r.deletedAt);
  const duplicates = <T extends AnyEntity>(
    kind: string,
    key: (row: T) => string,
    subject: MessageKey,
    params: (row: T) => Record<string, string | number>,
  ) => {
    const groups = new Map<string, T[]>();
    for (const row of live.filter((r) => kindOf.get(r.id) === kind) as T[])
      groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    for (const rows of groups.values()) {
      if (
        rows.length < 2 ||
        !rows.some((r) => incomingIds.has(r.id)) ||
        rows.every((r) => incomingIds.has(r.id))
      )
        continue;
      conflicts.push({
        recordId: recordOf(rows[0], kind),
        subject: { key: subject, params: params(rows[0]!) },
        choices: rows.map((keep) => ({
          key: incomingIds.has(keep.id) ? 'archive.keepIncomingEntry' : 'archive.keepLocalEntry',
          params: {
            at: keep.createdAt,
            value:
              kind === 'ballotEntry'
                ? JSON.stringify((keep as unknown as BallotEntry).marks)
                : (keep as unknown as BallotIssue).desk,
          },
          events: rows.filter((r) => r.id !== keep.id).map((r) => remove(conferenceId, kind, r.id)),
        })),
        resolvedWith: null,
      });
    }
  };
  duplicates<BallotEntry>(
    'ballotEntry',
    (p) => `${p.electionId}\u0000${p.teller}\u0000${p.paper}`,
    'archive.conflict_paperTwice',
    (p) => ({ paper: p.paper, teller: p.teller }),
  );
  duplicates<BallotIssue>(
    'ballotIssue',
    (i) => `${i.electionId}\u0000${i.seatId}`,
    'archive.conflict_ballotTwice',
    () => ({}),
  );
  return { commits, conflicts, corrections };
}

function rollCallConflicts(
  conferenceId: string,
  voteId: string,
  ours: RollCallEntry[],
  theirs: RollCallEntry[],
  conflicts: ConflictFields[],
  corrections: PlannedEvent[],
) {
  const union = new Map<string, RollCallEntry>();
  for (const entry of [...ours, ...theirs]) union.set(entry.voterId, union.get(entry.voterId) ?? entry);
  const clashes = ours.filter((o) => theirs.some((t) => t.voterId === o.voterId && t.choice !== o.choice));
  const agreed = [...union.values()].filter((e) => !clashes.some((c) => c.voterId === e.voterId));
  corrections.push(update(conferenceId, 'vote', voteId, { rollCall: [...agreed, ...clashes] }));
  for (const mine of clashes) {
    const other = theirs.find((t) => t.voterId === mine.voterId)!;
    const withChoice = (entry: RollCallEntry) => [
      ...agreed,
      ...clashes.filter((c) => c.voterId !== mine.voterId),
      entry,
    ];
    conflicts.push({
      recordId: voteId,
      subject: { key: 'archive.conflict_rollCall', params: { voter: mine.voterId } },
      choices: [
        {
          key: 'archive.keepLocal',
          params: { value: mine.choice },
          events: [update(conferenceId, 'vote', voteId, { rollCall: withChoice(mine) })],
        },
        {
          key: 'archive.keepIncoming',
          params: { value: other.choice },
          events: [update(conferenceId, 'vote', voteId, { rollCall: withChoice(other) })],
        },
      ],
      resolvedWith: null,
    });
  }
}

/** The conflicts found by a merge, as records of their own, with the joining corrections: one commit. */
export function recordMerge(conferenceId: string, plan: MergePlan): CommandResult {
  const events: PlannedEvent[] = [
    ...plan.corrections,
    ...plan.conflicts.map(
      (fields) =>
        ({
          conferenceId,
          entityId: newId(),
          payload: { kind: 'conflict', op: 'created', fields },
        }) as PlannedEvent,
    ),
  ];
  return { ok: true, entityId: conferenceId, events };
}

/** The tellers' choice: its events, and the conflict marked as resolved with it. */
export function resolveConflict(conflict: Conflict, choice: number): CommandResult {
  const picked = conflict.choices[choice];
  if (conflict.resolvedWith !== null)
    return { ok: false, errors: [{ field: 'form', message: 'archive.alreadyResolved' }] };
  if (!picked) return { ok: false, errors: [{ field: 'choice', message: 'archive.noSuchChoice' }] };
  return {
    ok: true,
    entityId: conflict.id,
    events: [
      ...picked.events,
      update(conflict.conferenceId, 'conflict', conflict.id, { resolvedWith: choice }),
    ],
  };
}
