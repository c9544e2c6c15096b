import type { BallotMethod } from './types';
import { limitText, postLimits, readNumbers, typedNumbers } from './readers';

/** A mark for at most k of the n candidates. */
export const markUpTo = {
  id: 'markUpTo',
  figures: ['yes'],
  figureKey: () => 'elections.box_mark',
  boxWidth: 0.14,
  maxMarksEditable: true,
  limits: postLimits,
  parse: readNumbers,
  typed: typedNumbers,
  seatRules: ['majority', 'relative'],
  texts: {
    name: 'elections.method_markUpTo',
    entryHint: 'elections.marksHintNumbers',
    explainRelative: 'elections.explainRelative',
  },
  instruction: (post, t) => limitText(post, t, 'elections.instructMark'),
} as const satisfies BallotMethod;
