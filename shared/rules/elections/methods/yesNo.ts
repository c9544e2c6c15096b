import type { BallotMethod } from './types';
import { digitReader, limitText, postLimits, typedDigits } from './readers';

/** For or against each candidate; at most k "for". */
export const yesNo = {
  id: 'yesNo',
  figures: ['yes', 'no'],
  figureKey: (figure) => `elections.box_${figure}`,
  boxWidth: 0.1,
  maxMarksEditable: true,
  limits: postLimits,
  parse: digitReader(/^[0124]$/, 'elections.badMarkYesNo'),
  typed: typedDigits,
  seatRules: ['majority', 'relative'],
  texts: {
    name: 'elections.method_yesNo',
    entryHint: 'elections.marksHintYesNo',
    explainRelative: 'elections.explainRelative',
  },
  instruction: (post, t) => `${t('elections.instructYesNo')} ${limitText(post, t, 'elections.instructYes')}`,
} as const satisfies BallotMethod;
