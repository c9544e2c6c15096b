import type { MessageKey } from '../locales';
import type { CountCorrection, ElectorateSnapshot, Vote, VoteFields } from '../domain/entities';
import type { FieldError } from '../domain/validation';
import { isCount, isWeight } from '../rules/numbers';
import type { CommandResult } from '../domain/commands';
import type { PlannedEvent } from '../domain/events';
import { newId } from '../domain/ids';
import { tallyVote, type VoteInput, type VoteResult, type Choice } from '../rules/tally';
import { canonicalJson, sha256Hex } from './fingerprint';
import type { VoteCounts } from '../rules/majority';

function refuse(message: MessageKey, params?: Record<string, string | number>): CommandResult {
  return { ok: false, errors: [{ field: 'form', message, ...(params ? { params } : {}) }] };
}

function update(vote: Vote, patch: Partial<VoteFields>): CommandResult {
  return {
    ok: true,
    entityId: vote.id,
    events: [
      {
        conferenceId: vote.conferenceId,
        entityId: vote.id,
        payload: { kind: 'vote', op: 'updated', patch },
      } as PlannedEvent,
    ],
  };
}

export function voteInput(
  vote: Pick<VoteFields, 'rule' | 'options' | 'procedure' | 'opened' | 'counts' | 'ballots' | 'rollCall'>,
): VoteInput {
  return {
    rule: vote.rule,
    options: vote.options,
    procedure: vote.procedure,
    electorate: { entitled: vote.opened?.entitled ?? 0, present: vote.opened?.present ?? 0 },
    counts: vote.counts,
    ballots: vote.ballots,
    rollCall: vote.rollCall,
  };
}

export function resultOf(vote: Vote): VoteResult {
  return tallyVote(voteInput(vote));
}

/**
 * The fingerprint of a result: SHA-256 of the canonical JSON of everything that made it — the
 * motion, the rule, the snapshots, the counts, the outcome. Printed on the sheet and in the minutes.
 */
export function fingerprintOf(vote: Vote): string {
  const result = resultOf(vote);
  return sha256Hex(
    // What was decided and how, not where it is stored: a restored copy of the event verifies.
    canonicalJson({
      title: vote.title,
      body: vote.body,
      rule: vote.rule,
      options: vote.options,
      procedure: vote.procedure,
      opened: vote.opened,
      closed: vote.closed,
      counts: vote.counts,
      ballots: vote.procedure === 'ballot' ? vote.ballots : null,
      rollCall: vote.procedure === 'rollCall' ? vote.rollCall : null,
      outcome: result.outcome,
      required: result.majority?.required ?? null,
      note: vote.note,
    }),
  );
}

export function createVote(conferenceId: string, fields: VoteFields): CommandResult {
  if (!fields.title.zh && !fields.title.ru && !fields.title.en)
    return { ok: false, errors: [{ field: 'title', message: 'votes.titleRequired' }] };
  if (fields.body === 'list' && fields.voterIds.length === 0)
    return { ok: false, errors: [{ field: 'voterIds', message: 'votes.noVoters' }] };
  const id = newId();
  return {
    ok: true,
    entityId: id,
    events: [
      {
        conferenceId,
        entityId: id,
        payload: { kind: 'vote', op: 'created', fields: { ...fields, status: 'draft' } },
      } as PlannedEvent,
    ],
  };
}

/** The setting of a vote can change until it opens. */
export function editVoteSetup(vote: Vote, patch: Partial<VoteFields>): CommandResult {
  if (vote.status !== 'draft') return refuse('votes.notDraft');
  return update(vote, patch);
}

/** Opening snapshots the entitled and present; without quorum the vote can only end as not quorate. */
export function openVote(vote: Vote, snapshot: ElectorateSnapshot): CommandResult {
  if (vote.status !== 'draft') return refuse('votes.notDraft');
  return update(vote, { status: 'open', opened: snapshot });
}

/** Every figure a whole number from 0 to 10⁹, or the field named. */
function countErrors(counts: VoteCounts, ballots: VoteFields['ballots']): FieldError[] {
  const figures: [string, unknown][] = [
    ...(['yes', 'no', 'abstain', 'invalid'] as const).map((key): [string, unknown] => [
      `counts.${key}`,
      counts[key],
    ]),
    ['ballots.issued', ballots.issued],
    ['ballots.returned', ballots.returned],
  ];
  return figures
    .filter(([, value]) => !isCount(value))
    .map(([field]) => ({ field, message: 'errors.notACount' }));
}

/**
 * The counts as the tellers type them, saved on every change. Before the close they are the
 * count; after it, until the seal, a change is a correction kept with what it replaced.
 */
export function recordCounts(
  vote: Vote,
  counts: VoteCounts,
  ballots: VoteFields['ballots'],
  correction?: { at: string; by: string },
): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting' && vote.status !== 'closed')
    return refuse('votes.notCounting');
  const errors = countErrors(counts, ballots);
  if (errors.length) return { ok: false, errors };
  const same = JSON.stringify([vote.counts, vote.ballots]) === JSON.stringify([counts, ballots]);
  if (same) return { ok: true, entityId: vote.id, events: [] };
  if (vote.status !== 'closed') return update(vote, { status: 'counting', counts, ballots });
  const entry: CountCorrection = {
    at: correction?.at ?? '',
    by: correction?.by ?? '',
    before: { counts: vote.counts, ballots: vote.ballots },
    after: { counts, ballots },
  };
  return update(vote, { counts, ballots, corrections: [...(vote.corrections ?? []), entry] });
}

/** A roll-call entry: each voter once; a corrected entry replaces the voter's earlier one. */
export function recordRollCall(
  vote: Vote,
  voterId: string,
  choice: Choice,
  weight: number,
  correct = false,
): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting') return refuse('votes.notCounting');
  if (!isWeight(weight)) return { ok: false, errors: [{ field: 'weight', message: 'errors.notAWeight' }] };
  const earlier = vote.rollCall.find((e) => e.voterId === voterId);
  if (earlier && !correct) return refuse('votes.alreadyVoted', { choice: earlier.choice });
  const rollCall = [...vote.rollCall.filter((e) => e.voterId !== voterId), { voterId, choice, weight }];
  return update(vote, { status: 'counting', rollCall });
}

export function closeVote(vote: Vote, snapshot: ElectorateSnapshot): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting') return refuse('votes.notCounting');
  return update(vote, { status: 'closed', closed: snapshot });
}

/** The tellers' names as typed: one or more, each trimmed, none longer than a name can be. */
export function tellerNames(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function tellersError(tellers: readonly string[]): FieldError | null {
  if (tellers.length === 0) return { field: 'tellers', message: 'votes.tellersRequired' };
  if (tellers.length > 10 || tellers.some((name) => name.length > 100))
    return { field: 'tellers', message: 'errors.tooLong' };
  return null;
}

/**
 * Sealing stores the fingerprint and who sealed. Counts that do not add up block it, unless the
 * tellers note why; a note written for a problem that is gone is not kept.
 */
export function sealVote(
  vote: Vote,
  note: string,
  tellers: readonly string[],
  by: string,
  at: string,
  openConflicts = 0,
): CommandResult {
  if (vote.status !== 'closed') return refuse('votes.notClosed');
  if (openConflicts > 0) return refuse('archive.conflictsBlockSeal', { n: openConflicts });
  const names = tellers.map((name) => name.trim()).filter(Boolean);
  const missing = tellersError(names);
  if (missing) return { ok: false, errors: [missing] };
  const problems = resultOf(vote).problems.length;
  const kept = problems ? note.trim() : '';
  if (problems && !kept)
    return {
      ok: false,
      errors: [{ field: 'note', message: 'votes.problemsBlockSeal', params: { n: problems } }],
    };
  if (kept.length > 2000) return { ok: false, errors: [{ field: 'note', message: 'errors.tooLong' }] };
  const withNote = { ...vote, note: kept };
  return update(vote, {
    status: 'sealed',
    note: kept,
    seals: [...vote.seals, { fingerprint: fingerprintOf(withNote), at, by, tellers: names }],
  });
}

/** What sealing now would record: the fingerprint, for the tellers to see before they seal. */
export function fingerprintToBe(vote: Vote, note: string): string {
  return fingerprintOf({ ...vote, note: resultOf(vote).problems.length ? note.trim() : '' });
}

/** A sealed result changes only after reopening, with a reason and the name of who reopens, kept in the log. */
export function reopenVote(vote: Vote, reason: string, name: string, by: string, at: string): CommandResult {
  if (vote.status !== 'sealed') return refuse('votes.notSealed');
  if (!reason.trim()) return { ok: false, errors: [{ field: 'reason', message: 'votes.reasonRequired' }] };
  if (!name.trim()) return { ok: false, errors: [{ field: 'name', message: 'votes.reopenerRequired' }] };
  if (reason.trim().length > 2000)
    return { ok: false, errors: [{ field: 'reason', message: 'errors.tooLong' }] };
  if (name.trim().length > 100) return { ok: false, errors: [{ field: 'name', message: 'errors.tooLong' }] };
  return update(vote, {
    status: 'counting',
    reopenings: [...vote.reopenings, { reason: reason.trim(), at, by, name: name.trim() }],
  });
}
