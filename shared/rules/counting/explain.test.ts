import { describe, expect, it } from 'vitest';
import { explainVote } from './explain';
import { tallyVote, type VoteInput } from './tally';
import { RULE_PRESETS } from './presets';
import { translator } from '../../../cli/translate';

const charter: VoteInput = {
  rule: RULE_PRESETS.cnCharterAmendment,
  options: 'yesNoAbstain',
  procedure: 'ballot',
  electorate: { entitled: 153, present: 131 },
  ballots: { issued: 131, returned: 131 },
  counts: { yes: 118, no: 8, abstain: 4, invalid: 1 },
};

describe('the explanation of a result', () => {
  it('names the figures and the rule that made it, in each language', () => {
    const result = tallyVote(charter);
    expect(explainVote(result, 'present', translator('en'))).toBe(
      'Adopted: 118 of 131 present voted yes; at least ⅔ of those present (88) was required.',
    );
    expect(explainVote(result, 'present', translator('ru'))).toBe(
      'Принято: «за» — 118 из 131 присутствующего; требовалось не менее ⅔ присутствующих (88).',
    );
    expect(explainVote(result, 'present', translator('zh-CN'))).toBe(
      '通过：赞成 118 票，实到 131；须到会人数的⅔以上，即 88 票。',
    );
  });

  it('says the base with the word its number takes, and a weighted figure as the language writes decimals', () => {
    const weighted = tallyVote({
      rule: { ...RULE_PRESETS.cnCharterAmendment, base: 'valid' },
      options: 'yesNoAbstain',
      procedure: 'rollCall',
      electorate: { entitled: 3, present: 3 },
      rollCall: [
        { voterId: 'a', choice: 'yes', weight: 1.5 },
        { voterId: 'b', choice: 'yes', weight: 1 },
        { voterId: 'c', choice: 'no', weight: 1 },
      ],
    });
    expect(explainVote(weighted, 'valid', translator('ru'))).toBe(
      'Принято: «за» — 2,5 из 3,5 действительного голоса; требовалось не менее ⅔ действительных голосов (3).',
    );
    expect(explainVote(weighted, 'valid', translator('en'))).toBe(
      'Adopted: 2.5 of 3.5 valid votes voted yes; at least ⅔ of valid votes (3) was required.',
    );
    const two = tallyVote({
      ...charter,
      electorate: { entitled: 3, present: 2 },
      ballots: { issued: 2, returned: 2 },
      counts: { yes: 2, no: 0, abstain: 0, invalid: 0 },
    });
    expect(explainVote(two, 'present', translator('ru'))).toBe(
      'Принято: «за» — 2 из 2 присутствующих; требовалось не менее ⅔ присутствующих (2).',
    );
  });

  it('explains a rejection, a simple majority, a missing quorum and inconsistent counts', () => {
    const en = translator('en');
    expect(
      explainVote(
        tallyVote({ ...charter, counts: { yes: 87, no: 39, abstain: 4, invalid: 1 } }),
        'present',
        en,
      ),
    ).toBe('Rejected: 87 of 131 present voted yes; at least ⅔ of those present (88) was required.');
    const simple = tallyVote({
      ...charter,
      rule: RULE_PRESETS.simpleMajority,
      counts: { yes: 60, no: 66, abstain: 4, invalid: 1 },
    });
    expect(explainVote(simple, 'yesNo', en)).toBe(
      'Rejected: 60 yes against 66 no; more yes than no was required.',
    );
    const absolute = tallyVote({
      ...charter,
      rule: RULE_PRESETS.ruNonProfitResolution,
      counts: { yes: 66, no: 60, abstain: 4, invalid: 1 },
    });
    expect(explainVote(absolute, 'present', en)).toBe(
      'Adopted: 66 of 131 present voted yes; more than ½ of those present (66) was required.',
    );
    const notQuorate = tallyVote({
      ...charter,
      electorate: { entitled: 153, present: 100 },
      ballots: { issued: 100, returned: 100 },
      counts: { yes: 100, no: 0, abstain: 0, invalid: 0 },
    });
    expect(explainVote(notQuorate, 'present', en)).toBe(
      'Not quorate: 100 of 153 present; 102 were needed. No decision was taken.',
    );
    const broken = tallyVote({ ...charter, counts: { yes: 118, no: 8, abstain: 4, invalid: 9 } });
    expect(explainVote(broken, 'present', en)).toBe(
      'The counts do not add up; the result cannot be sealed until they are corrected.',
    );
  });
});
