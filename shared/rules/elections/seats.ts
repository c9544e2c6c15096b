import { above, ceiling, compare, fraction, multiply, type Fraction } from '../counting/fraction';
import type { SeatRule, TieRule } from './electionTypes';

export interface SeatInput {
  seats: number;
  rule: SeatRule;
  tieRule: TieRule;
  /** 100 % for a majority rule (ignored for a relative majority). */
  base: Fraction;
  /** Yes votes (or marks) per candidate, in ballot order. */
  candidates: { id: string; yes: Fraction }[];
  /** The drawing of lots recorded for this post, if any. */
  lots: { winnerIds: string[] } | null;
}

export interface SeatTie {
  candidateIds: string[];
  /** The seats the tied compete for. */
  seats: number;
  /**
   * pending: a drawing of lots is awaited; runoff: a runoff round decides; lots: decided by the
   * drawing; vacant: left empty.
   */
  resolution: 'pending' | 'runoff' | 'lots' | 'vacant';
}

export interface SeatOutcome {
  /** The fewest yes votes that meet the majority (null for a relative majority). */
  required: number | null;
  /** Candidates who met the majority, best first. */
  qualified: string[];
  elected: string[];
  tie: SeatTie | null;
  /** Seats no candidate fills in this round (not enough reached the majority, or a tie left vacant). */
  unfilled: number;
}

/** The fewest votes meeting the rule, as a number of votes (with weights it need not be whole). */
export function requiredVotes(rule: SeatRule, base: Fraction): number | null {
  if (rule.kind === 'relative') return null;
  const share = multiply(base, fraction(BigInt(rule.numerator), BigInt(rule.denominator)));
  return Number(rule.comparison === '>=' ? ceiling(share) : above(share));
}

function meets(rule: SeatRule, base: Fraction, yes: Fraction): boolean {
  if (rule.kind === 'relative') return yes.n > 0n;
  if (base.n === 0n) return false;
  const versus = compare(yes, multiply(base, fraction(BigInt(rule.numerator), BigInt(rule.denominator))));
  return rule.comparison === '>=' ? versus >= 0 : versus > 0;
}

/**
 * Fills the seats of a post: the candidates meeting the majority, ranked by votes, take the seats
 * in order. Where candidates with equal votes straddle the last seat, that is a tie: it is decided
 * only by the post's tie rule — a recorded drawing of lots, a runoff round, or the seats left
 * vacant — never by the order of the list.
 */
export function allocateSeats(input: SeatInput): SeatOutcome {
  const required = requiredVotes(input.rule, input.base);
  const qualified = input.candidates
    .filter((c) => meets(input.rule, input.base, c.yes))
    .sort((a, b) => compare(b.yes, a.yes));
  const elected: string[] = [];
  let tie: SeatTie | null = null;
  for (let i = 0; i < qualified.length && elected.length < input.seats;) {
    const group = qualified.slice(i).filter((c) => compare(c.yes, qualified[i]!.yes) === 0);
    const left = input.seats - elected.length;
    if (group.length <= left) elected.push(...group.map((c) => c.id));
    else
      tie = resolveTie(
        group.map((c) => c.id),
        left,
        input,
      );
    i += group.length;
    if (tie) break;
  }
  if (tie?.resolution === 'lots') elected.push(...(input.lots?.winnerIds ?? []));
  const pendingSeats = tie && (tie.resolution === 'pending' || tie.resolution === 'runoff') ? tie.seats : 0;
  return {
    required,
    qualified: qualified.map((c) => c.id),
    elected,
    tie,
    unfilled: input.seats - elected.length - pendingSeats,
  };
}

function resolveTie(candidateIds: string[], seats: number, input: SeatInput): SeatTie {
  if (input.tieRule === 'vacant') return { candidateIds, seats, resolution: 'vacant' };
  if (input.tieRule === 'runoff') return { candidateIds, seats, resolution: 'runoff' };
  const winners = input.lots?.winnerIds ?? [];
  const drawn =
    winners.length === seats &&
    winners.every((id) => candidateIds.includes(id)) &&
    new Set(winners).size === winners.length;
  return { candidateIds, seats, resolution: drawn ? 'lots' : 'pending' };
}
