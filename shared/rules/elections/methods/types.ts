import type { MessageKey, Translate } from '../../../locales';
import type { SeatRule } from '../electionTypes';

/** One stored mark per candidate: 0 none, 1 yes (or marked), 2 no, 3 abstain, 4 more than one box. */
export type Mark = '0' | '1' | '2' | '3' | '4';

/** A figure counted per candidate: the boxes a paper has. */
export type MarkKind = 'yes' | 'no' | 'abstain';

export type ParsedMarks =
  | { ok: true; marks: string }
  | { ok: false; error: { message: MessageKey; params: Record<string, string | number> } };

/** What a method needs to know of a post: its limits and its candidates. */
export interface MethodPost {
  seats: number;
  maxMarks: number;
  minMarks: number;
  candidates: readonly unknown[];
}

/**
 * A way of asking the voters about the candidates of a post: what the paper shows, how a teller's
 * typing is read, how many marks a valid paper may carry, which seat rules fit it and what it says.
 * Papers are stored in one alphabet (see Mark) whatever the method, so counting stays generic.
 */
export interface BallotMethod {
  readonly id: string;
  /** The boxes per candidate, in the order of the paper: the figures the count gives. */
  readonly figures: readonly MarkKind[];
  /** The heading of a figure's box or column. */
  figureKey(figure: MarkKind): MessageKey;
  /** One box's share of the printed line. */
  readonly boxWidth: number;
  /** Whether the most marks is set in the setup (mark up to k) or follows from the method (approval). */
  readonly maxMarksEditable: boolean;
  /** The fewest and most yes marks (or marks) on a valid paper. */
  limits(post: MethodPost): { min: number; max: number };
  /** What a teller types for one post, made into the stored marks. */
  parse(post: MethodPost, typed: string): ParsedMarks;
  /** The stored marks as the teller would type them, for a correction. */
  typed(marks: string): string;
  /** The seat rules that make sense with this paper; the first is the one a post switched to it gets. */
  readonly seatRules: readonly [SeatRule['kind'], ...SeatRule['kind'][]];
  readonly texts: {
    /** The method's name in the setup and on the panel. */
    name: MessageKey;
    /** What to type, under the teller's entry field. */
    entryHint: MessageKey;
    /** The explanation when the rule is "the most votes". */
    explainRelative: MessageKey;
  };
  /** What the voter is told on the paper. */
  instruction(post: MethodPost, t: Translate): string;
}
