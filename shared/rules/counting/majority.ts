import {
  above,
  add,
  ceiling,
  compare,
  fraction,
  fromDecimal,
  multiply,
  sum,
  toDecimal,
  type Fraction,
} from './fraction';
import type { Comparison } from './quorum';

/** What counts as 100 %. */
export const BASES = ['yesNo', 'valid', 'cast', 'present', 'entitled'] as const;
export type Base = (typeof BASES)[number];

/** The majority a motion needs. */
export type Majority =
  | { kind: 'simple' }
  | { kind: 'absolute' }
  | { kind: 'twoThirds' }
  | { kind: 'threeQuarters' }
  | { kind: 'fraction'; numerator: number; denominator: number; comparison: Comparison };

export interface MajorityRule {
  base: Base;
  majority: Majority;
}

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  invalid: number;
}

export interface Electorate {
  entitled: number;
  present: number;
}

/** The fraction and comparison a majority stands for: simple has none (yes > no). */
export function thresholdOf(
  majority: Majority,
): { numerator: number; denominator: number; comparison: Comparison } | null {
  switch (majority.kind) {
    case 'simple':
      return null;
    case 'absolute':
      return { numerator: 1, denominator: 2, comparison: '>' };
    case 'twoThirds':
      return { numerator: 2, denominator: 3, comparison: '>=' };
    case 'threeQuarters':
      return { numerator: 3, denominator: 4, comparison: '>=' };
    case 'fraction':
      return {
        numerator: majority.numerator,
        denominator: majority.denominator,
        comparison: majority.comparison,
      };
  }
}

export function baseValue(base: Base, counts: VoteCounts, electorate: Electorate): Fraction {
  const f = fromDecimal;
  // Weighted counts are summed as fractions: 0.1 + 0.2 is exactly 3/10.
  switch (base) {
    case 'yesNo':
      return sum([f(counts.yes), f(counts.no)]);
    case 'valid':
      return sum([f(counts.yes), f(counts.no), f(counts.abstain)]);
    case 'cast':
      return sum([f(counts.yes), f(counts.no), f(counts.abstain), f(counts.invalid)]);
    case 'present':
      return f(electorate.present);
    case 'entitled':
      return f(electorate.entitled);
  }
}

export interface MajorityOutcome {
  adopted: boolean;
  base: number;
  /** The fewest yes votes that would have carried it, for whole votes; for simple majority, more than the no votes. */
  required: number;
  threshold: { numerator: number; denominator: number; comparison: Comparison } | null;
}

/**
 * Whether the yes votes carry the motion under the rule, in exact arithmetic. A simple majority is
 * more yes than no; a fraction is "more than" or "at least" that share of the base. A motion with
 * no votes on its base is not adopted.
 */
export function decideMajority(
  rule: MajorityRule,
  counts: VoteCounts,
  electorate: Electorate,
): MajorityOutcome {
  const yes = fromDecimal(counts.yes);
  const threshold = thresholdOf(rule.majority);
  if (!threshold) {
    const no = fromDecimal(counts.no);
    return {
      adopted: compare(yes, no) > 0,
      base: toDecimal(add(yes, no)),
      required: Number(above(no)),
      threshold: null,
    };
  }
  const base = baseValue(rule.base, counts, electorate);
  const share = multiply(base, fraction(BigInt(threshold.numerator), BigInt(threshold.denominator)));
  const versus = compare(yes, share);
  const adopted = base.n > 0n && (threshold.comparison === '>=' ? versus >= 0 : versus > 0);
  const required = threshold.comparison === '>=' ? ceiling(share) : above(share);
  return { adopted, base: toDecimal(base), required: Number(required > 0n ? required : 1n), threshold };
}
