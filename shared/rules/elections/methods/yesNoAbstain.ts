import type { BallotMethod } from './types';
import { digitReader, limitText, postLimits, typedDigits } from './readers';

/** For, against or abstain for each candidate; at most k "for". */
export const yesNoAbstain = {
  id: 'yesNoAbstain',
  figures: ['yes', 'no', 'abstain'],
  figureKey: (figure) => `elections.box_${figure}`,
  boxWidth: 0.1,
  maxMarksEditable: true,
  limits: postLimits,
  parse: digitReader(/^[01234]$/, 'elections.badMark'),
  typed: typedDigits,
  seatRules: ['majority', 'relative'],
  texts: {
    name: 'elections.method_yesNoAbstain',
    entryHint: 'elections.marksHintDigits',
    explainRelative: 'elections.explainRelative',
  },
  instruction: (post, t) =>
    `${t('elections.instructYesNoAbstain')} ${limitText(post, t, 'elections.instructYes')}`,
} as const satisfies BallotMethod;
