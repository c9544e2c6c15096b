import type { ReopeningRecord, SealRecord } from '../../core/domain/entities';
import type { Trilingual, ElectorateSnapshot, VoteStatus } from '../../core/domain/entities';
import type { Comparison, QuorumSetting } from '../counting/quorum';

import type { BallotMethodId } from './methods';

/** How a ballot paper asks about each candidate: one module each in ./methods. */
export { BALLOT_METHODS, type BallotMethodId } from './methods';

/** What 100 % is for a post: the papers returned, the valid papers for the post, those present, those entitled. */
export const ELECTION_BASES = ['cast', 'valid', 'present', 'entitled'] as const;
export type ElectionBase = (typeof ELECTION_BASES)[number];

/** A candidate is elected with enough yes votes (a share of the base), or, in a relative majority, by rank alone. */
export type SeatRule =
  | { kind: 'relative' }
  | { kind: 'majority'; base: ElectionBase; numerator: number; denominator: number; comparison: Comparison };

/** What decides a tie at the last seat: only ever this, never the order of the list. */
export const TIE_RULES = ['runoff', 'lots', 'vacant'] as const;
export type TieRule = (typeof TIE_RULES)[number];

export interface Candidate {
  id: string;
  kind: 'organisation' | 'person';
  organisationId: string | null;
  /** The person: the candidate, or the organisation's representative. */
  attendeeId: string | null;
  /** Names as registered, frozen when the candidate is put on the paper. */
  name: Trilingual;
  organisationName: Trilingual;
}

export interface ElectionPost {
  id: string;
  /** The post of the first round this one continues (a runoff or further round), or null. */
  sourcePostId: string | null;
  title: Trilingual;
  seats: number;
  candidates: Candidate[];
  method: BallotMethodId;
  /** The most yes marks (yes/no methods) or marks (mark up to k) a valid paper may carry, if the method has it set. */
  maxMarks: number;
  minMarks: number;
  rule: SeatRule;
  tieRule: TieRule;
}

/**
 * The body that votes: the assembly (one ballot per member organisation), the elected council, or a
 * list of attendees.
 */
export type ElectionBody = 'assembly' | 'council' | 'list';

export interface PostTotals {
  blank: number;
  invalid: number;
  /** Per candidate, in ballot order. */
  candidates: { yes: number; no: number; abstain: number }[];
}

export interface ElectionTotals {
  returned: number;
  posts: Record<string, PostTotals>;
}

export interface LotsDrawing {
  postId: string;
  winnerIds: string[];
  drawnBy: string;
  at: string;
}

export interface ElectionFields {
  title: Trilingual;
  body: ElectionBody;
  /** For the council body: the council election (its first round) whose sealed result makes the council. */
  councilElectionId: string | null;
  voterIds: string[];
  quorum: QuorumSetting;
  posts: ElectionPost[];
  round: number;
  /** The first round of this election, and the round this one follows; null for a first round. */
  rootElectionId: string | null;
  parentElectionId: string | null;
  /** Number the paper copies (0001 …) so that the tellers can control the count. */
  serials: boolean;
  counting: 'ballots' | 'totals';
  doubleEntry: boolean;
  status: VoteStatus;
  opened: ElectorateSnapshot | null;
  closed: ElectorateSnapshot | null;
  totals: ElectionTotals | null;
  lots: LotsDrawing[];
  note: string;
  seals: SealRecord[];
  reopenings: ReopeningRecord[];
  /** Totals corrected after the close and before the seal, each with what it replaced. */
  corrections?: { at: string; by: string; before: ElectionTotals | null; after: ElectionTotals }[];
}

/**
 * One ballot handed out: who received a ballot for which round — never which paper. `seatId` is
 * what holds the vote: the organisation in the assembly, else the person.
 */
export interface BallotIssueFields {
  electionId: string;
  voterId: string;
  seatId: string;
  desk: string;
}

/**
 * One paper as a teller entered it. Marks per post: one digit per candidate in ballot order
 * (0 no mark, 1 yes or marked, 2 no, 3 abstain). `spoilt`: the whole paper is invalid.
 */
export interface BallotEntryFields {
  electionId: string;
  paper: number;
  teller: 1 | 2;
  marks: Record<string, string>;
  spoilt: boolean;
  weight: number;
}
