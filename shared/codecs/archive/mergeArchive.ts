import type { AnyEntity, Conflict, Vote } from '../../core/domain/entities';
import { factOf } from '../../core/domain/facts';
import type { CommandResult } from '../../core/domain/commands';
import type { Commit, DomainEvent, PlannedEvent } from '../../core/domain/events';
import { byClock, replayWithHeld } from '../../core/domain/reducers';
import { reopensSeal } from '../../core/domain/sealGuard';
import { inLanguage } from '../../core/domain/trilingual';
import { newId } from '../../core/domain/ids';
import { brokenSeal } from './eventArchive';
import type { ConflictFields } from './merge/conflictFields';
import { duplicateConflicts } from './merge/duplicateConflicts';
import { fieldConflicts } from './merge/fieldConflicts';
import { resultOf, sealedConflicts } from './merge/sealedConflicts';
import { same, update } from './merge/plannedEvents';

export type { ConflictFields } from './merge/conflictFields';

export interface MergePlan {
  /** Commits of the archive this event does not have yet, in clock order. */
  commits: Commit[];
  conflicts: ConflictFields[];
  /** Entries made apart that agree (roll-call votes of different voters): joined by an event. */
  corrections: PlannedEvent[];
  /**
   * Set when the merged log would no longer give a sealed result its seal (papers entered elsewhere
   * earlier by clock than the seal here): nothing may be merged until the result is reopened.
   */
  breaksSeal: string | null;
}

const NOTHING_NEW: MergePlan = { commits: [], conflicts: [], corrections: [], breaksSeal: null };

function eventsOf(commits: readonly Commit[]): DomainEvent[] {
  return commits.flatMap((c) => c.events);
}

/**
 * What merging an archive into this event does: the commits it does not have (by id: merging the
 * same archive twice adds nothing), and the conflicts between what this laptop and the other
 * recorded apart — the same figure set differently, the same voter's roll-call vote, the same
 * paper entered twice, a ballot issued twice for the same seat, and anything recorded for a result
 * sealed here. The merged log is checked, every seal against its fingerprint, before anything is written.
 */
export function planMerge(local: readonly Commit[], archive: readonly Commit[]): MergePlan {
  const localIds = new Set(local.map((c) => c.id));
  const archiveIds = new Set(archive.map((c) => c.id));
  const commits = archive.filter((c) => !localIds.has(c.id)).sort(byClock);
  if (commits.length === 0) return NOTHING_NEW;
  const incoming = eventsOf(commits);
  const localOnly = eventsOf(local.filter((c) => !archiveIds.has(c.id)));
  const union = [...eventsOf(local), ...incoming];
  const { rows, held } = replayWithHeld(union);
  const { rows: localRows, held: localHeld } = replayWithHeld(eventsOf(local));
  const incomingIds = new Set(incoming.map((e) => e.id));
  const heldBefore = new Set(localHeld.map((e) => e.id));
  // Held by this merge: what came in for a sealed result, and what was ours until a seal came in.
  const heldNow = held.filter((e) => incomingIds.has(e.id) || !heldBefore.has(e.id));
  const heldIds = new Set(heldNow.map((e) => e.id));
  const sealedHere = (e: DomainEvent) =>
    (localRows.get(resultOf(e, localRows)) as { status?: string } | undefined)?.status === 'sealed';
  // What this laptop recorded for a result the other laptop's seal now decides is news as well.
  const overtaken = localOnly.filter((e) => !heldIds.has(e.id) && !sealedHere(e));
  const apart = [...heldNow, ...incoming.filter((e) => !heldIds.has(e.id)), ...overtaken].sort(byClock);
  const fields = fieldConflicts(localOnly, incoming, rows);
  const kindOf = new Map(union.map((e) => [e.entityId, e.payload.kind] as const));
  const createdIncoming = new Set(incoming.filter((e) => e.payload.op === 'created').map((e) => e.entityId));
  const found = [
    ...fields.conflicts,
    ...sealedConflicts(apart, rows),
    ...duplicateConflicts(rows, kindOf, createdIncoming),
  ];
  return {
    commits,
    conflicts: notYetRecorded(found, rows),
    corrections: fields.corrections,
    breaksSeal: brokenSeal([...local, ...commits]) ?? changedSeal(localRows, incoming, rows),
  };
}

/**
 * The title of a result sealed here that the merge would give another seal without a reopening
 * recorded for it (sealed on both laptops, the other's earlier by clock), if any.
 */
function changedSeal(
  localRows: ReadonlyMap<string, AnyEntity>,
  incoming: readonly DomainEvent[],
  merged: ReadonlyMap<string, AnyEntity>,
): string | null {
  const reopenings = incoming.filter((e) => factOf(e.payload) === 'result.reopened');
  for (const row of localRows.values()) {
    const before = row as Partial<Vote>;
    const standing = before.seals?.at(-1)?.fingerprint;
    if (
      before.status !== 'sealed' ||
      reopenings.some((e) => e.entityId === row.id && reopensSeal(e, standing))
    )
      continue;
    const after = merged.get(row.id) as Partial<Vote> | undefined;
    if (after?.status !== 'sealed' || after.seals?.at(-1)?.fingerprint !== before.seals?.at(-1)?.fingerprint)
      return before.title ? inLanguage(before.title, 'zh-CN') : '';
  }
  return null;
}

const choiceValues = (c: Pick<ConflictFields, 'choices'>) =>
  JSON.stringify(c.choices.map((choice) => JSON.stringify(choice.params)).sort());

function sameConflict(
  a: Pick<ConflictFields, 'recordId' | 'subject' | 'choices'>,
  b: ConflictFields,
): boolean {
  return (
    a.recordId === b.recordId &&
    JSON.stringify(a.subject) === JSON.stringify(b.subject) &&
    choiceValues(a) === choiceValues(b)
  );
}

/** Whether what the tellers chose for a conflict is still what the merged record says. */
function decisionStands(conflict: Conflict, rows: ReadonlyMap<string, AnyEntity>): boolean {
  const picked = conflict.resolvedWith === null ? undefined : conflict.choices[conflict.resolvedWith];
  return (picked?.events ?? []).every((event) => {
    const row = rows.get(event.entityId) as unknown as Record<string, unknown> | undefined;
    if (event.payload.op === 'deleted') return Boolean(row?.deletedAt);
    if (event.payload.op !== 'updated') return true;
    return Object.entries(event.payload.patch).every(([field, value]) => same(row?.[field], value));
  });
}

/**
 * A conflict already recorded (here, or on the laptop it came from) is not recorded again while it
 * waits for the tellers, or once decided while their decision still stands; a new disagreement,
 * or one that overturns a decision, is.
 */
function notYetRecorded(found: ConflictFields[], rows: ReadonlyMap<string, AnyEntity>): ConflictFields[] {
  const recorded = [...rows.values()].filter((r): r is Conflict => 'choices' in r && 'subject' in r);
  return found.filter(
    (c) => !recorded.some((r) => sameConflict(r, c) && (r.resolvedWith === null || decisionStands(r, rows))),
  );
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

/**
 * The tellers' choice: its events, and the conflict marked as resolved with it. A choice that
 * would write into a result sealed since is refused: a sealed result changes only by reopening.
 */
export function resolveConflict(conflict: Conflict, choice: number, recordSealed = false): CommandResult {
  const picked = conflict.choices[choice];
  if (conflict.resolvedWith !== null)
    return { ok: false, errors: [{ field: 'form', message: 'archive.alreadyResolved' }] };
  if (!picked) return { ok: false, errors: [{ field: 'choice', message: 'archive.noSuchChoice' }] };
  if (recordSealed && picked.events.length > 0)
    return { ok: false, errors: [{ field: 'form', message: 'archive.choiceWritesIntoSealed' }] };
  return {
    ok: true,
    entityId: conflict.id,
    events: [
      ...picked.events,
      update(conflict.conferenceId, 'conflict', conflict.id, { resolvedWith: choice }),
    ],
  };
}
