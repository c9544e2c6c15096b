import type { MessageKey } from '../../locales';
import type { ElectorateSnapshot, ReopeningRecord, SealRecord, VoteStatus } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { FieldError } from '../../core/domain/validation';

/**
 * One lifecycle for every counted result, a vote or an election: opened with a snapshot of the hall,
 * counted, closed with another, sealed by named tellers with a fingerprint, reopened only with a
 * reason and a name. What differs by kind is in its LifecycleKind.
 */
export type Step = 'edit' | 'open' | 'count' | 'correct' | 'close' | 'seal' | 'reopen';

/** The statuses each step may start from. */
const STEP_FROM: Record<Step, readonly VoteStatus[]> = {
  edit: ['draft'],
  open: ['draft'],
  count: ['open', 'counting'],
  // Figures can still be put right after the close, until the seal.
  correct: ['open', 'counting', 'closed'],
  close: ['open', 'counting'],
  seal: ['closed'],
  reopen: ['sealed'],
};

export function allows(status: VoteStatus, step: Step): boolean {
  return STEP_FROM[step].includes(status);
}

/** What a vote and an election both have. */
export interface CountedRecord {
  status: VoteStatus;
  note: string;
  opened: ElectorateSnapshot | null;
  closed: ElectorateSnapshot | null;
  seals: SealRecord[];
  reopenings: ReopeningRecord[];
}

export type LifecyclePatch = Partial<CountedRecord>;

export const LIMITS = {
  note: 2000,
  reason: 2000,
  name: 100,
  tellers: 10,
};

export interface LifecycleKind<R extends CountedRecord, Context> {
  /** The refusal of each step out of order, and of a count with problems sealed without a note. */
  codes: {
    notDraft: MessageKey;
    notCounting: MessageKey;
    notClosed: MessageKey;
    notSealed: MessageKey;
    problemsBlockSeal: MessageKey;
    reasonRequired: MessageKey;
  };
  problems(record: R, context: Context): number;
  fingerprint(record: R, context: Context): string;
  update(record: R, patch: LifecyclePatch): CommandResult;
  /**
   * The figures a seal is computed from, written into the seal itself: replayed in any merge, the
   * seal restores what it sealed, so a figure recorded elsewhere earlier by clock cannot slip under it.
   */
  sealedFigures(record: R): Partial<R>;

  /** A refusal of the kind's own when opening (an election nobody may vote in). */
  openCheck?(record: R, snapshot: ElectorateSnapshot): MessageKey | null;
  /** A refusal of the kind's own when sealing (a tie still to be drawn), after the common checks. */
  sealCheck?(record: R, context: Context): MessageKey | null;
}

export function refuse(
  message: MessageKey,
  params?: Record<string, string | number>,
  field = 'form',
): CommandResult {
  return { ok: false, errors: [{ field, message, ...(params ? { params } : {}) }] };
}

const STEP_CODE: Record<Exclude<Step, 'seal' | 'reopen'>, 'notDraft' | 'notCounting'> = {
  edit: 'notDraft',
  open: 'notDraft',
  count: 'notCounting',
  correct: 'notCounting',
  close: 'notCounting',
};

/** The refusal for a step the record's status does not allow, or null when it may go ahead. */
export function outOfOrder<R extends CountedRecord>(
  kind: LifecycleKind<R, unknown>,
  record: R,
  step: Step,
): CommandResult | null {
  if (allows(record.status, step)) return null;
  if (step === 'seal') return refuse(kind.codes.notClosed);
  if (step === 'reopen') return refuse(kind.codes.notSealed);
  return refuse(kind.codes[STEP_CODE[step]]);
}

export function openRecord<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  snapshot: ElectorateSnapshot,
): CommandResult {
  const refused = outOfOrder(kind as LifecycleKind<R, unknown>, record, 'open');
  if (refused) return refused;
  const own = kind.openCheck?.(record, snapshot);
  if (own) return refuse(own);
  return kind.update(record, { status: 'open', opened: snapshot });
}

export function closeRecord<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  snapshot: ElectorateSnapshot,
): CommandResult {
  return (
    outOfOrder(kind as LifecycleKind<R, unknown>, record, 'close') ??
    kind.update(record, { status: 'closed', closed: snapshot })
  );
}

/** The tellers' names as typed: one or more, each trimmed. */
export function tellerNames(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function tellersError(tellers: readonly string[]): FieldError | null {
  if (tellers.length === 0) return { field: 'tellers', message: 'votes.tellersRequired' };
  if (tellers.length > LIMITS.tellers || tellers.some((name) => name.length > LIMITS.name))
    return { field: 'tellers', message: 'errors.tooLong' };
  return null;
}

/** The note a seal keeps: only while the count has a problem it explains. */
function keptNote<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  context: C,
  note: string,
) {
  return kind.problems(record, context) ? note.trim() : '';
}

export interface SealInput {
  note: string;
  tellers: readonly string[];
  by: string;
  at: string;
  openConflicts: number;
}

/**
 * Sealing stores the fingerprint and who sealed. Counts that do not add up block it, unless the
 * tellers note why; a note written for a problem that is gone is not kept.
 */
export function sealRecord<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  context: C,
  input: SealInput,
): CommandResult {
  const refused = outOfOrder(kind as LifecycleKind<R, unknown>, record, 'seal');
  if (refused) return refused;
  if (input.openConflicts > 0) return refuse('archive.conflictsBlockSeal', { n: input.openConflicts });
  const names = input.tellers.map((name) => name.trim()).filter(Boolean);
  const badTellers = tellersError(names);
  if (badTellers) return { ok: false, errors: [badTellers] };
  const problems = kind.problems(record, context);
  const note = keptNote(kind, record, context, input.note);
  if (problems && !note) return refuse(kind.codes.problemsBlockSeal, { n: problems }, 'note');
  if (note.length > LIMITS.note) return refuse('errors.tooLong', undefined, 'note');
  const withNote = { ...record, note };
  const own = kind.sealCheck?.(withNote, context);
  if (own) return refuse(own);
  const seal: SealRecord = {
    fingerprint: kind.fingerprint(withNote, context),
    at: input.at,
    by: input.by,
    tellers: names,
  };
  return kind.update(record, {
    ...(kind.sealedFigures(record) as LifecyclePatch),
    status: 'sealed',
    note,
    seals: [...record.seals, seal],
  });
}

/** What sealing now would record: the fingerprint, for the tellers to see before they seal. */
export function fingerprintToBe<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  context: C,
  note: string,
): string {
  return kind.fingerprint({ ...record, note: keptNote(kind, record, context, note) }, context);
}

export interface ReopenInput {
  reason: string;
  name: string;
  by: string;
  at: string;
}

/** A sealed result changes only after reopening, with a reason and the name of who reopens, kept in the log. */
export function reopenRecord<R extends CountedRecord, C>(
  kind: LifecycleKind<R, C>,
  record: R,
  input: ReopenInput,
): CommandResult {
  const refused = outOfOrder(kind as LifecycleKind<R, unknown>, record, 'reopen');
  if (refused) return refused;
  const reason = input.reason.trim();
  const name = input.name.trim();
  if (!reason) return refuse(kind.codes.reasonRequired, undefined, 'reason');
  if (!name) return refuse('votes.reopenerRequired', undefined, 'name');
  if (reason.length > LIMITS.reason) return refuse('errors.tooLong', undefined, 'reason');
  if (name.length > LIMITS.name) return refuse('errors.tooLong', undefined, 'name');
  return kind.update(record, {
    status: 'counting',
    reopenings: [
      ...record.reopenings,
      { reason, at: input.at, by: input.by, name, fingerprint: record.seals.at(-1)?.fingerprint ?? '' },
    ],
  });
}
