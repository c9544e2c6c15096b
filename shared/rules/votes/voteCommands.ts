import type { CountCorrection, ElectorateSnapshot, Vote, VoteFields } from '../../core/domain/entities';
import type { FieldError } from '../../core/domain/validation';
import { isCount, isWeight } from '../counting/numbers';
import type { CommandResult } from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import { newId } from '../../core/domain/ids';
import { tallyVote, type VoteInput, type VoteResult, type Choice } from '../counting/tally';
import { canonicalJson, sha256Hex } from './fingerprint';
import {
  closeRecord,
  fingerprintToBe as lifecycleFingerprint,
  openRecord,
  outOfOrder,
  refuse,
  reopenRecord,
  sealRecord,
  type LifecycleKind,
} from '../results/lifecycle';

export { tellerNames } from '../results/lifecycle';
import type { VoteCounts } from '../counting/majority';

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

const VOTE_LIFECYCLE: LifecycleKind<Vote, void> = {
  codes: {
    notDraft: 'votes.notDraft',
    notCounting: 'votes.notCounting',
    notClosed: 'votes.notClosed',
    notSealed: 'votes.notSealed',
    problemsBlockSeal: 'votes.problemsBlockSeal',
    reasonRequired: 'votes.reasonRequired',
  },
  problems: (vote) => resultOf(vote).problems.length,
  fingerprint: (vote) => fingerprintOf(vote),
  update,
  sealedFigures: ({ counts, ballots, rollCall }) => ({ counts, ballots, rollCall }),
};

/**
 * The largest document a vote may carry, as its data URL: 50 MB of PDF. The event's archive holds
 * it twice (in the log and as a file), and an archive reader refuses a larger file.
 */
export const DOCUMENT_LIMIT_MB = 50;
const DOCUMENT_LIMIT_CHARS = Math.ceil((DOCUMENT_LIMIT_MB * 1024 * 1024 * 4) / 3) + 100;

function documentTooLarge(fields: Partial<VoteFields>): CommandResult | null {
  if ((fields.document ?? '').length <= DOCUMENT_LIMIT_CHARS) return null;
  return refuse('votes.documentTooLarge', { limit: DOCUMENT_LIMIT_MB }, 'document');
}

export function createVote(conferenceId: string, fields: VoteFields): CommandResult {
  const tooLarge = documentTooLarge(fields);
  if (tooLarge) return tooLarge;
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
  return outOfOrder(VOTE_LIFECYCLE, vote, 'edit') ?? documentTooLarge(patch) ?? update(vote, patch);
}

/** Opening snapshots the entitled and present; without quorum the vote can only end as not quorate. */
export function openVote(vote: Vote, snapshot: ElectorateSnapshot): CommandResult {
  return openRecord(VOTE_LIFECYCLE, vote, snapshot);
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
  const refused = outOfOrder(VOTE_LIFECYCLE, vote, 'correct');
  if (refused) return refused;
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
  const refused = outOfOrder(VOTE_LIFECYCLE, vote, 'count');
  if (refused) return refused;
  if (!isWeight(weight)) return { ok: false, errors: [{ field: 'weight', message: 'errors.notAWeight' }] };
  const earlier = vote.rollCall.find((e) => e.voterId === voterId);
  if (earlier && !correct) return refuse('votes.alreadyVoted', { choice: earlier.choice });
  const rollCall = [...vote.rollCall.filter((e) => e.voterId !== voterId), { voterId, choice, weight }];
  return update(vote, { status: 'counting', rollCall });
}

export function closeVote(vote: Vote, snapshot: ElectorateSnapshot): CommandResult {
  return closeRecord(VOTE_LIFECYCLE, vote, snapshot);
}

/** Sealing stores the fingerprint and who sealed; see sealRecord. */
export function sealVote(
  vote: Vote,
  note: string,
  tellers: readonly string[],
  by: string,
  at: string,
  openConflicts = 0,
): CommandResult {
  return sealRecord(VOTE_LIFECYCLE, vote, undefined, { note, tellers, by, at, openConflicts });
}

/** What sealing now would record: the fingerprint, for the tellers to see before they seal. */
export function fingerprintToBe(vote: Vote, note: string): string {
  return lifecycleFingerprint(VOTE_LIFECYCLE, vote, undefined, note);
}

export function reopenVote(vote: Vote, reason: string, name: string, by: string, at: string): CommandResult {
  return reopenRecord(VOTE_LIFECYCLE, vote, { reason, name, by, at });
}
