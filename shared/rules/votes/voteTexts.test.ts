import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../locales';
import type { Vote } from '../../core/domain/entities';
import { blankVote } from './blankVote';
import { resultOf } from './voteCommands';
import { explanation, resultSheetContent } from './voteTexts';

const vote = (over: Partial<Vote> = {}): Vote => ({
  id: 'v1',
  conferenceId: 'c1',
  version: '1',
  createdAt: 't',
  updatedAt: 't',
  deletedAt: null,
  ...blankVote(),
  title: { zh: '审议并表决联盟章程', ru: 'Голосование по уставу', en: '' },
  status: 'closed',
  opened: { entitled: 153, present: 135, at: '2026-12-10T10:20:00.000Z' },
  closed: { entitled: 153, present: 135, at: '2026-12-10T10:40:00.000Z' },
  counts: { yes: 120, no: 10, abstain: 4, invalid: 1 },
  ballots: { issued: 135, returned: 135 },
  ...over,
});
const en = translatorFor('en');

describe('what a vote says', () => {
  it('says a count that does not add up cannot be sealed, until it is sealed with the tellers’ note', () => {
    const broken = vote({ counts: { yes: 130, no: 10, abstain: 4, invalid: 1 } });
    expect(resultOf(broken).outcome).toBe('inconsistent');
    expect(explanation(broken, resultOf(broken), en)).not.toBe(en('votes.explainSealedWithNote'));
    const sealed = { ...broken, status: 'sealed' as const, note: 'two papers stuck together' };
    expect(explanation(sealed, resultOf(sealed), en)).toBe(en('votes.explainSealedWithNote'));
  });

  it('puts the ballots on the sheet of a paper ballot only, in Chinese and Russian', () => {
    const ballot = resultSheetContent(vote(), resultOf(vote()), '成立大会');
    const labels = ballot.rows.map((row) => row.label);
    expect(labels).toContain(
      `${translatorFor('zh-CN')('votes.ballotsLabel')} / ${translatorFor('ru')('votes.ballotsLabel')}`,
    );
    const hands = vote({ procedure: 'showOfHands', counts: { yes: 120, no: 10, abstain: 5, invalid: 0 } });
    expect(resultSheetContent(hands, resultOf(hands), '成立大会').rows.map((row) => row.label)).not.toContain(
      labels.find((label) => label.startsWith(translatorFor('zh-CN')('votes.ballotsLabel'))),
    );
    expect(ballot.explanations).toHaveLength(2);
  });
});
