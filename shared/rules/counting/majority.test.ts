import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideMajority, type Base, type Majority } from './majority';
import { tallyVote, type VoteInput } from './tally';
import { RULE_PRESETS } from './presets';
import { fromDecimal, ceiling, above, fraction } from './fraction';

const counts = (yes: number, no = 0, abstain = 0, invalid = 0) => ({ yes, no, abstain, invalid });
const decide = (
  base: Base,
  majority: Majority,
  yes: number,
  no: number,
  abstain: number,
  invalid: number,
  present = 200,
  entitled = 200,
) => decideMajority({ base, majority }, counts(yes, no, abstain, invalid), { present, entitled });

describe('exact fractions', () => {
  it('reads decimals exactly and rounds thresholds up', () => {
    expect(fromDecimal(1.5)).toEqual(fraction(3n, 2n));
    expect(fromDecimal(0.1)).toEqual(fraction(1n, 10n));
    expect(ceiling(fraction(262n, 3n))).toBe(88n);
    expect(ceiling(fraction(88n, 1n))).toBe(88n);
    expect(above(fraction(131n, 2n))).toBe(66n);
    expect(above(fraction(66n, 1n))).toBe(67n);
  });
});

describe('two thirds of those present (≥ ⅔)', () => {
  const twoThirds = (yes: number, present: number) =>
    decide('present', { kind: 'twoThirds' }, yes, present - yes, 0, 0, present);
  it('needs 88 of 131, 88 of 132, 89 of 133', () => {
    expect(twoThirds(88, 131)).toMatchObject({ adopted: true, required: 88 });
    expect(twoThirds(87, 131)).toMatchObject({ adopted: false, required: 88 });
    expect(twoThirds(88, 132)).toMatchObject({ adopted: true, required: 88 });
    expect(twoThirds(87, 132).adopted).toBe(false);
    expect(twoThirds(89, 133)).toMatchObject({ adopted: true, required: 89 });
    expect(twoThirds(88, 133).adopted).toBe(false);
  });
  it('is met exactly at two thirds', () => {
    expect(twoThirds(100, 150)).toMatchObject({ adopted: true, required: 100 });
    expect(twoThirds(99, 150).adopted).toBe(false);
  });
});

describe('absolute majority (> ½ of the base)', () => {
  it('needs 66 of 131 (not OpenSlides 3’s ⌈b/2⌉+1 = 67), 67 of 132', () => {
    expect(decide('valid', { kind: 'absolute' }, 66, 65, 0, 0)).toMatchObject({
      adopted: true,
      required: 66,
    });
    expect(decide('valid', { kind: 'absolute' }, 65, 66, 0, 0).adopted).toBe(false);
    expect(decide('valid', { kind: 'absolute' }, 66, 66, 0, 0)).toMatchObject({
      adopted: false,
      required: 67,
    });
    expect(decide('valid', { kind: 'absolute' }, 67, 65, 0, 0)).toMatchObject({
      adopted: true,
      required: 67,
    });
  });
  it('counts abstentions against it when the base is the valid votes, not when it is yes + no', () => {
    expect(decide('valid', { kind: 'absolute' }, 60, 40, 30, 0).adopted).toBe(false);
    expect(decide('yesNo', { kind: 'absolute' }, 60, 40, 30, 0).adopted).toBe(true);
  });
  it('counts invalid papers in the base of ballots cast', () => {
    expect(decide('cast', { kind: 'absolute' }, 51, 40, 0, 9).adopted).toBe(true);
    expect(decide('cast', { kind: 'absolute' }, 50, 40, 0, 10).adopted).toBe(false);
  });
  it('measures against the members entitled when that is the base', () => {
    expect(decide('entitled', { kind: 'absolute' }, 76, 0, 0, 0, 100, 153).adopted).toBe(false);
    expect(decide('entitled', { kind: 'absolute' }, 77, 0, 0, 0, 100, 153).adopted).toBe(true);
  });
});

describe('other majorities', () => {
  it('simple: more yes than no, a tie fails, abstentions do not count', () => {
    expect(decide('yesNo', { kind: 'simple' }, 41, 40, 100, 0)).toMatchObject({
      adopted: true,
      required: 41,
    });
    expect(decide('yesNo', { kind: 'simple' }, 40, 40, 0, 0).adopted).toBe(false);
  });
  it('three quarters: at least ¾, at the boundary with odd and even bases', () => {
    expect(decide('valid', { kind: 'threeQuarters' }, 75, 25, 0, 0).adopted).toBe(true);
    expect(decide('valid', { kind: 'threeQuarters' }, 74, 26, 0, 0).adopted).toBe(false);
    expect(decide('valid', { kind: 'threeQuarters' }, 76, 25, 0, 0)).toMatchObject({
      adopted: true,
      required: 76,
    });
    expect(decide('valid', { kind: 'threeQuarters' }, 75, 26, 0, 0).adopted).toBe(false);
  });
  it('custom fraction with > and with ≥ differ exactly at the fraction', () => {
    expect(
      decide('valid', { kind: 'fraction', numerator: 3, denominator: 5, comparison: '>=' }, 60, 40, 0, 0)
        .adopted,
    ).toBe(true);
    expect(
      decide('valid', { kind: 'fraction', numerator: 3, denominator: 5, comparison: '>' }, 60, 40, 0, 0)
        .adopted,
    ).toBe(false);
    expect(
      decide('valid', { kind: 'fraction', numerator: 3, denominator: 5, comparison: '>' }, 61, 40, 0, 0)
        .adopted,
    ).toBe(true);
  });
  it('adopts nothing on an empty base: all abstained, or no votes at all', () => {
    expect(decide('yesNo', { kind: 'absolute' }, 0, 0, 120, 0).adopted).toBe(false);
    expect(decide('valid', { kind: 'twoThirds' }, 0, 0, 0, 0).adopted).toBe(false);
    expect(decide('yesNo', { kind: 'simple' }, 0, 0, 120, 0).adopted).toBe(false);
  });
  it('weighs votes exactly: 2.5 of 5 weighted votes is not more than half, 2.6 is', () => {
    expect(decide('valid', { kind: 'absolute' }, 2.5, 2.5, 0, 0).adopted).toBe(false);
    expect(decide('valid', { kind: 'absolute' }, 2.6, 2.4, 0, 0).adopted).toBe(true);
    expect(decide('valid', { kind: 'twoThirds' }, 3.4, 1.7, 0, 0).adopted).toBe(true);
    expect(decide('valid', { kind: 'twoThirds' }, 3.3, 1.7, 0, 0).adopted).toBe(false);
  });
  it('agrees with a plain integer check for every base and count', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.nat(100),
        fc.nat(30),
        fc.constantFrom<Base>('yesNo', 'valid', 'cast'),
        (yes, no, abstain, invalid, base) => {
          const b =
            base === 'yesNo'
              ? yes + no
              : base === 'valid'
                ? yes + no + abstain
                : yes + no + abstain + invalid;
          expect(decide(base, { kind: 'twoThirds' }, yes, no, abstain, invalid).adopted).toBe(
            b > 0 && 3 * yes >= 2 * b,
          );
          expect(decide(base, { kind: 'absolute' }, yes, no, abstain, invalid).adopted).toBe(
            b > 0 && 2 * yes > b,
          );
          expect(decide(base, { kind: 'threeQuarters' }, yes, no, abstain, invalid).adopted).toBe(
            b > 0 && 4 * yes >= 3 * b,
          );
        },
      ),
    );
  });
});

describe('a whole vote', () => {
  const charter: VoteInput = {
    rule: RULE_PRESETS.cnCharterAmendment,
    options: 'yesNoAbstain',
    procedure: 'ballot',
    electorate: { entitled: 153, present: 131 },
    ballots: { issued: 131, returned: 131 },
    counts: counts(118, 8, 4, 1),
  };

  it('adopts the charter: 118 of 131 present, at least ⅔ (88) required', () => {
    expect(tallyVote(charter)).toMatchObject({
      outcome: 'adopted',
      majority: { required: 88, base: 131 },
      quorum: { met: true, required: 102 },
      problems: [],
    });
  });

  it('records a vote without quorum as not quorate', () => {
    expect(
      tallyVote({
        ...charter,
        electorate: { entitled: 153, present: 101 },
        ballots: { issued: 101, returned: 101 },
        counts: counts(100, 1, 0, 0),
      }).outcome,
    ).toBe('notQuorate');
  });

  it('rejects inconsistent counts and says why', () => {
    const problems = (input: Partial<VoteInput>) =>
      tallyVote({ ...charter, ...input }).problems.map((p) => p.code);
    expect(problems({ ballots: { issued: 131, returned: 132 } })).toEqual([
      'returnedOverIssued',
      'papersDoNotAddUp',
    ]);
    expect(problems({ ballots: { issued: 140, returned: 131 } })).toEqual(['issuedOverPresent']);
    expect(problems({ counts: counts(118, 8, 4, 2) })).toEqual(['papersDoNotAddUp']);
    expect(problems({ counts: counts(-1, 8, 4, 1) })).toContain('notACount');
    expect(problems({ options: 'yesNo' })).toEqual(['noAbstentions']);
    expect(problems({ electorate: { entitled: 100, present: 131 } })).toContain('presentOverEntitled');
    expect(tallyVote({ ...charter, counts: counts(118, 8, 4, 2) }).outcome).toBe('inconsistent');
  });

  it('counts a roll call by weight, each voter once', () => {
    const rollCall: VoteInput = {
      ...charter,
      procedure: 'rollCall',
      rule: RULE_PRESETS.simpleMajority,
      rollCall: [
        { voterId: 'a', choice: 'yes', weight: 2 },
        { voterId: 'b', choice: 'no' },
        { voterId: 'c', choice: 'no' },
        { voterId: 'd', choice: 'abstain' },
      ],
    };
    expect(tallyVote(rollCall)).toMatchObject({ outcome: 'rejected', counts: { yes: 2, no: 2, abstain: 1 } });
    const twice = tallyVote({
      ...rollCall,
      rollCall: [...rollCall.rollCall!, { voterId: 'a', choice: 'no' }],
    });
    expect(twice.problems).toEqual([{ code: 'votedTwice', params: { voter: 'a' } }]);
  });

  it('keeps to hands counted no more than present', () => {
    expect(
      tallyVote({ ...charter, procedure: 'showOfHands', counts: counts(100, 30, 2, 0) }).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['moreVotesThanPresent']);
  });
});
