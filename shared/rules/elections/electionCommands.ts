import type { FieldError } from '../../core/domain/validation';
import { isCount, isWeight } from '../counting/numbers';
import type { BallotEntry, BallotIssue, Election, ElectorateSnapshot } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import type { EntityFieldsByKind } from '../../core/domain/entities';
import { newId } from '../../core/domain/ids';
import type { BallotEntryFields, ElectionFields, ElectionTotals } from './electionTypes';
import { electionFingerprint, electionResultOf } from './electionResult';
import type { Voter } from './electionElectorate';
import { checkElectionSetup } from './electionSetup';
import {
  allows,
  closeRecord,
  fingerprintToBe,
  openRecord,
  outOfOrder,
  refuse,
  reopenRecord,
  sealRecord,
  type LifecycleKind,
} from '../results/lifecycle';

function event<K extends 'election' | 'ballotIssue' | 'ballotEntry'>(
  conferenceId: string,
  entityId: string,
  kind: K,
  payload:
    | { op: 'created'; fields: EntityFieldsByKind[K] }
    | { op: 'updated'; patch: Partial<EntityFieldsByKind[K]> }
    | { op: 'deleted' },
): PlannedEvent {
  return { conferenceId, entityId, payload: { kind, ...payload } } as PlannedEvent;
}

function update(election: Election, patch: Partial<ElectionFields>): CommandResult {
  return {
    ok: true,
    entityId: election.id,
    events: [event(election.conferenceId, election.id, 'election', { op: 'updated', patch })],
  };
}

/** The papers and the number of ballots issued: what an election's result depends on besides itself. */
interface Counted {
  papers: readonly BallotEntry[];
  issued: number;
}

const ELECTION_LIFECYCLE: LifecycleKind<Election, Counted> = {
  codes: {
    notDraft: 'elections.notDraft',
    notCounting: 'elections.notCounting',
    notClosed: 'elections.notClosed',
    notSealed: 'elections.notSealed',
    problemsBlockSeal: 'elections.problemsBlockSeal',
    reasonRequired: 'elections.reasonRequired',
  },
  problems: (election, { papers, issued }) => electionResultOf(election, papers, issued).problems.length,
  fingerprint: (election, { papers, issued }) => electionFingerprint(election, papers, issued),
  update,
  sealedFigures: ({ totals, lots }) => ({ totals, lots }),
  openCheck: (_, snapshot) => (snapshot.entitled === 0 ? 'elections.noElectorate' : null),
  sealCheck: (election, { papers, issued }) =>
    electionResultOf(election, papers, issued).posts.some((p) => p.seats.tie?.resolution === 'pending')
      ? 'elections.drawPending'
      : null,
};

const counting = (e: Election) => allows(e.status, 'count');
const correcting = (e: Election) => allows(e.status, 'correct');

export function createElection(
  conferenceId: string,
  fields: ElectionFields,
  id: string = newId(),
): CommandResult {
  const errors = checkElectionSetup(fields);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    entityId: id,
    events: [event(conferenceId, id, 'election', { op: 'created', fields: { ...fields, status: 'draft' } })],
  };
}

/** The posts, candidates, body and rules change until the round opens. */
export function editElectionSetup(election: Election, patch: Partial<ElectionFields>): CommandResult {
  const refused = outOfOrder(ELECTION_LIFECYCLE, election, 'edit');
  if (refused) return refused;
  const errors = checkElectionSetup({ ...election, ...patch });
  if (errors.length) return { ok: false, errors };
  return update(election, patch);
}

export function openElection(election: Election, snapshot: ElectorateSnapshot): CommandResult {
  return openRecord(ELECTION_LIFECYCLE, election, snapshot);
}

export interface IssueContext {
  voters: readonly Voter[];
  present: (attendeeId: string) => boolean;
  issues: readonly BallotIssue[];
}

/**
 * A ballot to an entitled, present voter, once per seat and round. The log records who received a
 * ballot — never which paper.
 */
export function issueBallot(
  election: Election,
  attendeeId: string,
  desk: string,
  context: IssueContext,
): CommandResult {
  if (!counting(election)) return refuse('elections.notOpen');
  const voter = context.voters.find((v) => v.attendeeId === attendeeId);
  if (!voter) return refuse('elections.notEntitled');
  if (!context.present(attendeeId)) return refuse('elections.notPresent');
  const earlier = context.issues.find(
    (i) => !i.deletedAt && i.electionId === election.id && i.seatId === voter.seatId,
  );
  if (earlier)
    return refuse(
      earlier.voterId === attendeeId ? 'elections.alreadyIssued' : 'elections.alreadyIssuedToSeat',
      { time: earlier.createdAt },
    );
  const id = newId();
  return {
    ok: true,
    entityId: id,
    events: [
      event(election.conferenceId, id, 'ballotIssue', {
        op: 'created',
        fields: { electionId: election.id, voterId: attendeeId, seatId: voter.seatId, desk },
      }),
    ],
  };
}

/** A paper as entered; a paper number is taken once per teller. */
export function enterBallot(
  election: Election,
  fields: Omit<BallotEntryFields, 'electionId'>,
  papers: readonly BallotEntry[],
): CommandResult {
  if (!correcting(election)) return refuse('elections.notCounting');
  if (election.counting !== 'ballots') return refuse('elections.countingByTotals');
  if (!isWeight(fields.weight) || fields.weight === 0) return refuse('elections.badWeight', {}, 'weight');
  if (!isCount(fields.paper) || fields.paper < 1) return refuse('elections.paperNumberInvalid', {}, 'paper');
  const clash = papers.find(
    (p) =>
      !p.deletedAt && p.electionId === election.id && p.teller === fields.teller && p.paper === fields.paper,
  );
  if (clash) return refuse('elections.paperTaken', { paper: fields.paper }, 'paper');
  const id = newId();
  const events = [
    event(election.conferenceId, id, 'ballotEntry', {
      op: 'created',
      fields: { ...fields, electionId: election.id },
    }),
  ];
  if (election.status === 'open')
    events.push(
      event(election.conferenceId, election.id, 'election', { op: 'updated', patch: { status: 'counting' } }),
    );
  return { ok: true, entityId: id, events };
}

/** A mistyped paper is corrected by an event of its own: the first entry stays in the log. */
export function correctBallot(
  election: Election,
  paper: BallotEntry,
  patch: Pick<BallotEntryFields, 'marks' | 'spoilt' | 'weight'>,
): CommandResult {
  if (!correcting(election)) return refuse('elections.notCounting');
  if (!isWeight(patch.weight) || patch.weight === 0) return refuse('elections.badWeight', {}, 'weight');
  return {
    ok: true,
    entityId: paper.id,
    events: [event(election.conferenceId, paper.id, 'ballotEntry', { op: 'updated', patch })],
  };
}

export function removeBallot(election: Election, paper: BallotEntry): CommandResult {
  if (!correcting(election)) return refuse('elections.notCounting');
  return {
    ok: true,
    entityId: paper.id,
    events: [event(election.conferenceId, paper.id, 'ballotEntry', { op: 'deleted' })],
  };
}

/** Every figure of the totals a whole number from 0 to 10⁹, each bad one named by its field. */
export function totalsErrors(election: Election, totals: ElectionTotals): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: string, value: unknown) => {
    if (!isCount(value)) errors.push({ field, message: 'errors.notACount' });
  };
  check('returned', totals.returned);
  election.posts.forEach((post, p) => {
    const entered = totals.posts[post.id];
    if (!entered || entered.candidates.length !== post.candidates.length)
      return errors.push({ field: `posts.${p}`, message: 'errors.invalidValue' });
    check(`posts.${p}.blank`, entered.blank);
    check(`posts.${p}.invalid`, entered.invalid);
    entered.candidates.forEach((c, i) =>
      (['yes', 'no', 'abstain'] as const).forEach((k) => check(`posts.${p}.candidates.${i}.${k}`, c[k])),
    );
  });
  return errors;
}

/**
 * Totals as the tellers type them, saved on every change once every figure is a whole number.
 * After the close and until the seal, a change is a correction kept with what it replaced.
 */
export function recordElectionTotals(
  election: Election,
  totals: ElectionTotals,
  correction?: { at: string; by: string },
): CommandResult {
  if (!correcting(election)) return refuse('elections.notCounting');
  if (election.counting !== 'totals') return refuse('elections.countingByBallots');
  const errors = totalsErrors(election, totals);
  if (errors.length) return { ok: false, errors };
  if (JSON.stringify(election.totals) === JSON.stringify(totals))
    return { ok: true, entityId: election.id, events: [] };
  if (election.status !== 'closed') return update(election, { status: 'counting', totals });
  const entry = {
    at: correction?.at ?? '',
    by: correction?.by ?? '',
    before: election.totals,
    after: totals,
  };
  return update(election, { totals, corrections: [...(election.corrections ?? []), entry] });
}

export function closeElection(election: Election, snapshot: ElectorateSnapshot): CommandResult {
  return closeRecord(ELECTION_LIFECYCLE, election, snapshot);
}

/** A drawing of lots, for a post whose rule says so and whose last seat is tied: who drew, and who won. */
export function recordLots(
  election: Election,
  postId: string,
  winnerIds: string[],
  drawnBy: string,
  at: string,
  papers: readonly BallotEntry[],
  issued: number,
): CommandResult {
  const refused = outOfOrder(ELECTION_LIFECYCLE, election, 'seal');
  if (refused) return refused;
  if (!drawnBy.trim()) return refuse('elections.drawnByRequired', {}, 'drawnBy');
  const result = electionResultOf(
    { ...election, lots: election.lots.filter((l) => l.postId !== postId) },
    papers,
    issued,
  );
  const tie = result.posts.find((p) => p.postId === postId)?.seats.tie;
  if (!tie || tie.resolution !== 'pending') return refuse('elections.noTieToDraw');
  const distinct = new Set(winnerIds).size === winnerIds.length;
  if (!distinct || winnerIds.length !== tie.seats || !winnerIds.every((id) => tie.candidateIds.includes(id)))
    return refuse('elections.drawWinners', { n: tie.seats }, 'winners');
  return update(election, {
    lots: [
      ...election.lots.filter((l) => l.postId !== postId),
      { postId, winnerIds, drawnBy: drawnBy.trim(), at },
    ],
  });
}

/** Sealing names the tellers; a note is kept only while the count has a problem it explains. */
export function sealElection(
  election: Election,
  note: string,
  tellers: readonly string[],
  by: string,
  at: string,
  papers: readonly BallotEntry[],
  issued: number,
  openConflicts = 0,
): CommandResult {
  return sealRecord(
    ELECTION_LIFECYCLE,
    election,
    { papers, issued },
    { note, tellers, by, at, openConflicts },
  );
}

/** What sealing now would record, for the tellers to see first. */
export function electionFingerprintToBe(
  election: Election,
  note: string,
  papers: readonly BallotEntry[],
  issued: number,
): string {
  return fingerprintToBe(ELECTION_LIFECYCLE, election, { papers, issued }, note);
}

export function reopenElection(
  election: Election,
  reason: string,
  name: string,
  by: string,
  at: string,
): CommandResult {
  return reopenRecord(ELECTION_LIFECYCLE, election, { reason, name, by, at });
}

/**
 * The next round of a sealed election for one post: a runoff among the tied for the seats they
 * tied for, or a further round among those not elected for the unfilled seats. Created as a draft,
 * pre-filled, for the tellers to check before opening.
 */
export function createNextRound(
  election: Election,
  postId: string,
  kind: 'runoff' | 'further',
  papers: readonly BallotEntry[],
  issued: number,
): CommandResult {
  const refused = outOfOrder(ELECTION_LIFECYCLE, election, 'reopen');
  if (refused) return refused;
  const post = election.posts.find((p) => p.id === postId);
  const seats = electionResultOf(election, papers, issued).posts.find((p) => p.postId === postId)?.seats;
  if (!post || !seats) return refuse('elections.noSuchPost');
  const tie = seats.tie;
  if (kind === 'runoff' && tie?.resolution !== 'runoff') return refuse('elections.noRunoff');
  if (kind === 'further' && seats.unfilled === 0) return refuse('elections.noUnfilledSeats');
  const candidates =
    kind === 'runoff'
      ? post.candidates.filter((c) => tie!.candidateIds.includes(c.id))
      : post.candidates.filter((c) => !seats.elected.includes(c.id));
  const seatCount = kind === 'runoff' ? tie!.seats : seats.unfilled;
  const nextPost = {
    ...post,
    id: newId(),
    sourcePostId: post.sourcePostId ?? post.id,
    seats: seatCount,
    candidates,
    maxMarks: Math.min(post.maxMarks, seatCount),
    minMarks: Math.min(post.minMarks, seatCount),
  };
  return createElection(election.conferenceId, {
    ...election,
    posts: [nextPost],
    round: election.round + 1,
    rootElectionId: election.rootElectionId ?? election.id,
    parentElectionId: election.id,
    status: 'draft',
    opened: null,
    closed: null,
    totals: null,
    lots: [],
    note: '',
    seals: [],
    reopenings: [],
  });
}
