import type { ElectorateSnapshot, Vote, VoteFields } from '../domain/entities';
import type { CommandResult } from '../domain/commands';
import type { PlannedEvent } from '../domain/events';
import { newId } from '../domain/ids';
import { tallyVote, type VoteInput, type VoteResult, type Choice } from '../rules/tally';
import { canonicalJson, sha256Hex } from './fingerprint';
import type { VoteCounts } from '../rules/majority';

function refuse(message: string, params?: Record<string, string | number>): CommandResult {
  return { ok: false, errors: [{ field: 'form', message, ...(params ? { params } : {}) }] };
}

function update(vote: Vote, patch: Partial<VoteFields>): CommandResult {
  return { ok: true, entityId: vote.id, events: [{ conferenceId: vote.conferenceId, entityId: vote.id, payload: { kind: 'vote', op: 'updated', patch } } as PlannedEvent] };
}

export function voteInput(vote: Pick<VoteFields, 'rule' | 'options' | 'procedure' | 'opened' | 'counts' | 'ballots' | 'rollCall'>): VoteInput {
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
  if (!fields.title.zh && !fields.title.ru && !fields.title.en) return { ok: false, errors: [{ field: 'title', message: 'votes.titleRequired' }] };
  if (fields.body === 'list' && fields.voterIds.length === 0) return { ok: false, errors: [{ field: 'voterIds', message: 'votes.noVoters' }] };
  const id = newId();
  return { ok: true, entityId: id, events: [{ conferenceId, entityId: id, payload: { kind: 'vote', op: 'created', fields: { ...fields, status: 'draft' } } } as PlannedEvent] };
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

export function recordCounts(vote: Vote, counts: VoteCounts, ballots: VoteFields['ballots']): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting') return refuse('votes.notCounting');
  return update(vote, { status: 'counting', counts, ballots });
}

/** A roll-call entry: each voter once; a corrected entry replaces the voter's earlier one. */
export function recordRollCall(vote: Vote, voterId: string, choice: Choice, weight: number, correct = false): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting') return refuse('votes.notCounting');
  const earlier = vote.rollCall.find((e) => e.voterId === voterId);
  if (earlier && !correct) return refuse('votes.alreadyVoted', { choice: earlier.choice });
  const rollCall = [...vote.rollCall.filter((e) => e.voterId !== voterId), { voterId, choice, weight }];
  return update(vote, { status: 'counting', rollCall });
}

export function closeVote(vote: Vote, snapshot: ElectorateSnapshot): CommandResult {
  if (vote.status !== 'open' && vote.status !== 'counting') return refuse('votes.notCounting');
  return update(vote, { status: 'closed', closed: snapshot });
}

/** Sealing stores the fingerprint. Counts that do not add up block it, unless the tellers note why. */
export function sealVote(vote: Vote, note: string, by: string, at: string, openConflicts = 0): CommandResult {
  if (vote.status !== 'closed') return refuse('votes.notClosed');
  if (openConflicts > 0) return refuse('archive.conflictsBlockSeal', { n: openConflicts });
  const withNote = { ...vote, note: note.trim() };
  const result = resultOf(withNote);
  if (result.problems.length && !withNote.note) return refuse('votes.problemsBlockSeal', { n: result.problems.length });
  return update(vote, { status: 'sealed', note: withNote.note, seals: [...vote.seals, { fingerprint: fingerprintOf(withNote), at, by }] });
}

/** A sealed result changes only after reopening, with a reason that stays in the log. */
export function reopenVote(vote: Vote, reason: string, by: string, at: string): CommandResult {
  if (vote.status !== 'sealed') return refuse('votes.notSealed');
  if (!reason.trim()) return { ok: false, errors: [{ field: 'reason', message: 'votes.reasonRequired' }] };
  return update(vote, { status: 'counting', reopenings: [...vote.reopenings, { reason: reason.trim(), at, by }] });
}
