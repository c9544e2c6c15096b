import type { AnyEntity, BallotEntry } from '../../../core/domain/entities';
import type { DomainEvent, PlannedEvent } from '../../../core/domain/events';
import { FACT_RULES, factOf, isFactType } from '../../../core/domain/facts';
import type { ConflictFields } from './conflictFields';
import { changesOf, resultIdOf, same, update } from './plannedEvents';

type RollCallEntry = { voterId: string; choice: string; weight: number };
type WatchedKind = 'vote' | 'election' | 'ballotEntry';

/** A figure the tellers decide: the fields of the facts whose rule says so, by kind of record. */
const TELLERS_FIELDS: Record<WatchedKind, readonly string[]> = {
  vote: ['counts', 'ballots', 'note'],
  election: ['totals', 'lots'],
  ballotEntry: ['marks', 'spoilt', 'weight'],
};

function decidedByTellers(event: DomainEvent): boolean {
  const type = factOf(event.payload);
  return isFactType(type) && (FACT_RULES[type] === 'tellersDecide' || FACT_RULES[type] === 'sealing');
}

const fieldKey = (entityId: string, field: string) => `${entityId}\u0000${field}`;

/** This laptop's last value of each field it changed that the other laptop did not see. */
function localValues(localOnly: readonly DomainEvent[]): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const e of localOnly)
    if (e.payload.op === 'updated')
      for (const [field, value] of Object.entries(changesOf(e)))
        values.set(fieldKey(e.entityId, field), value);
  return values;
}

export interface FieldOutcome {
  conflicts: ConflictFields[];
  corrections: PlannedEvent[];
}

/**
 * The same figure of the same record set differently on the two laptops. Only the other laptop's
 * last word on a field is compared (counts are saved as they are typed); a sealed result is left
 * to sealedConflicts, which never writes into it.
 */
export function fieldConflicts(
  localOnly: readonly DomainEvent[],
  incoming: readonly DomainEvent[],
  rows: ReadonlyMap<string, AnyEntity>,
): FieldOutcome {
  const ours = localValues(localOnly);
  const outcome: FieldOutcome = { conflicts: [], corrections: [] };
  const seen = new Set<string>();
  for (const e of [...incoming].reverse()) {
    if (e.payload.op !== 'updated' || !decidedByTellers(e)) continue;
    const kind = e.payload.kind as WatchedKind;
    const row = rows.get(e.entityId);
    const result = rows.get(resultIdOf(row, kind)) as { status?: string } | undefined;
    if (result?.status === 'sealed') continue;
    for (const [field, theirs] of Object.entries(changesOf(e))) {
      const key = fieldKey(e.entityId, field);
      if (!ours.has(key) || seen.has(key)) continue;
      seen.add(key);
      const mine = ours.get(key);
      if (same(mine, theirs)) continue;
      if (kind === 'vote' && field === 'rollCall')
        rollCallConflicts(
          e.conferenceId,
          e.entityId,
          mine as RollCallEntry[],
          theirs as RollCallEntry[],
          outcome,
        );
      else if (TELLERS_FIELDS[kind]?.includes(field))
        outcome.conflicts.push(figureConflict(e, row, field, mine, theirs));
    }
  }
  return outcome;
}

function figureConflict(
  e: DomainEvent,
  row: AnyEntity | undefined,
  field: string,
  ours: unknown,
  theirs: unknown,
): ConflictFields {
  const kind = e.payload.kind as WatchedKind;
  return {
    recordId: resultIdOf(row, kind),
    subject: {
      key: `archive.conflict_${kind}`,
      params: { field, paper: (row as BallotEntry | undefined)?.paper ?? '' },
    },
    choices: [
      {
        key: 'archive.keepLocal',
        params: { value: JSON.stringify(ours) },
        events: [update(e.conferenceId, kind, e.entityId, { [field]: ours })],
      },
      {
        key: 'archive.keepIncoming',
        params: { value: JSON.stringify(theirs) },
        events: [update(e.conferenceId, kind, e.entityId, { [field]: theirs })],
      },
    ],
    resolvedWith: null,
  };
}

/** Roll-call votes of different voters are joined; the same voter's different votes are a conflict. */
function rollCallConflicts(
  conferenceId: string,
  voteId: string,
  ours: RollCallEntry[],
  theirs: RollCallEntry[],
  outcome: FieldOutcome,
) {
  const union = new Map<string, RollCallEntry>();
  for (const entry of [...ours, ...theirs]) union.set(entry.voterId, union.get(entry.voterId) ?? entry);
  const clashes = ours.filter((o) => theirs.some((t) => t.voterId === o.voterId && t.choice !== o.choice));
  const agreed = [...union.values()].filter((e) => !clashes.some((c) => c.voterId === e.voterId));
  outcome.corrections.push(update(conferenceId, 'vote', voteId, { rollCall: [...agreed, ...clashes] }));
  for (const mine of clashes) {
    const other = theirs.find((t) => t.voterId === mine.voterId)!;
    const withChoice = (entry: RollCallEntry) => [
      ...agreed,
      ...clashes.filter((c) => c.voterId !== mine.voterId),
      entry,
    ];
    outcome.conflicts.push({
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
