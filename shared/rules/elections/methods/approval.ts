import type { BallotMethod } from './types';
import { readNumbers, typedNumbers } from './readers';

/** A mark for every candidate the voter approves of, as many as they like; the most marks take the seats. */
export const approval = {
  id: 'approval',
  figures: ['yes'],
  figureKey: () => 'elections.box_mark',
  boxWidth: 0.14,
  maxMarksEditable: false,
  limits: (post) => ({ min: post.minMarks, max: post.candidates.length }),
  parse: readNumbers,
  typed: typedNumbers,
  seatRules: ['relative'],
  texts: {
    name: 'elections.method_approval',
    entryHint: 'elections.marksHintNumbers',
    explainRelative: 'elections.explainApproval',
  },
  instruction: (post, t) =>
    [
      t('elections.instructApproval'),
      post.minMarks > 0 ? t('elections.instructMin', { m: post.minMarks }) : '',
    ]
      .filter(Boolean)
      .join(' '),
} as const satisfies BallotMethod;
