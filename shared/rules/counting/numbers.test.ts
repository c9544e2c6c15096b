import { describe, expect, it } from 'vitest';
import { fromDecimal, sum, toDecimal } from './fraction';
import { isCount, isWeight, parseCount, parseWeight, weightFraction } from './numbers';
import { quorumMet, quorumRequired } from './quorum';
import { tallyVote } from './tally';

describe('numbers that cannot break anything', () => {
  it('counts: whole numbers from 0 to 10⁹ only', () => {
    expect([0, 1, 1_000_000_000].every(isCount)).toBe(true);
    expect([-1, 0.5, 1e21, 1_000_000_001, Number.NaN, Infinity, '3', 2 ** 53 + 2].some(isCount)).toBe(false);
    expect(parseCount('109')).toEqual({ ok: true, value: 109 });
    expect(parseCount('1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseCount('1e21')).toEqual({ ok: false, message: 'errors.notACount' });
    expect(parseCount('-3')).toEqual({ ok: false, message: 'errors.notACount' });
    expect(parseCount('12345678901')).toEqual({ ok: false, message: 'errors.countTooLarge' });
    expect(parseCount('')).toEqual({ ok: false, message: 'errors.notACount' });
  });

  it('weights: at most 6 decimal places and at most 10⁶, read exactly', () => {
    expect(isWeight(1.5) && isWeight(0.000001) && isWeight(1_000_000)).toBe(true);
    expect(isWeight(0.1234567) || isWeight(1_000_001) || isWeight(1e-7) || isWeight(-1)).toBe(false);
    expect(weightFraction(0.1)).toEqual({ n: 1n, d: 10n });
    expect(parseWeight('0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseWeight('0.1234567')).toEqual({ ok: false, message: 'errors.notAWeight' });
  });

  it('sums 0.1 + 0.2 + 0.2 to exactly one half', () => {
    const total = sum([weightFraction(0.1), weightFraction(0.2), weightFraction(0.2)]);
    expect(total).toEqual({ n: 1n, d: 2n });
    expect(toDecimal(total)).toBe(0.5);
  });

  it('never rounds a decimal, and refuses one it cannot read rather than crash later', () => {
    expect(fromDecimal(0.1234567)).toEqual({ n: 1234567n, d: 10000000n });
    expect(() => fromDecimal(1e21)).toThrow(RangeError);
    expect(() => fromDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('computes quorum thresholds in BigInt', () => {
    expect(quorumRequired(153, { numerator: 2, denominator: 3, comparison: '>=' })).toBe(102);
    expect(
      quorumRequired(1_000_000_000, { numerator: 999_999_999, denominator: 1_000_000_000, comparison: '>' }),
    ).toBe(999_999_999 + 1);
    expect(quorumMet(102, 153, { numerator: 2, denominator: 3, comparison: '>=' })).toBe(true);
    expect(quorumMet(1.5, 3, { numerator: 1, denominator: 2, comparison: '>=' })).toBe(false);
  });

  it('names a quorum rule that is not a fraction of whole numbers at most one, instead of passing it', () => {
    const result = tallyVote({
      rule: {
        quorum: { kind: 'fraction', numerator: 1, denominator: 0, comparison: '>=' },
        base: 'cast',
        majority: { kind: 'simple' },
      },
      options: 'yesNo',
      procedure: 'showOfHands',
      electorate: { entitled: 10, present: 8 },
      counts: { yes: 5, no: 3, abstain: 0, invalid: 0 },
    });
    expect(result.outcome).toBe('inconsistent');
    expect(result.problems).toContainEqual({ code: 'badQuorumRule' });
  });
});
