import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateQuorum, quorumMet, quorumRequired, type QuorumRule } from './quorum';

const atLeastTwoThirds: QuorumRule = { numerator: 2, denominator: 3, comparison: '>=' };
const moreThanHalf: QuorumRule = { numerator: 1, denominator: 2, comparison: '>' };
const atLeastHalf: QuorumRule = { numerator: 1, denominator: 2, comparison: '>=' };

describe('quorum', () => {
  it('needs at least ⅔: 88 of 131, 88 of 132, 89 of 133', () => {
    expect(quorumRequired(131, atLeastTwoThirds)).toBe(88);
    expect(quorumRequired(132, atLeastTwoThirds)).toBe(88);
    expect(quorumRequired(133, atLeastTwoThirds)).toBe(89);
    expect(quorumMet(87, 131, atLeastTwoThirds)).toBe(false);
    expect(quorumMet(88, 131, atLeastTwoThirds)).toBe(true);
    expect(quorumMet(88, 132, atLeastTwoThirds)).toBe(true);
    expect(quorumMet(88, 133, atLeastTwoThirds)).toBe(false);
  });

  it('counts exactly at the fraction with ≥ but not with >', () => {
    expect(quorumMet(76, 152, atLeastHalf)).toBe(true);
    expect(quorumMet(76, 152, moreThanHalf)).toBe(false);
    expect(quorumRequired(152, moreThanHalf)).toBe(77);
    expect(quorumRequired(153, moreThanHalf)).toBe(77);
    expect(quorumRequired(153, atLeastHalf)).toBe(77);
    expect(quorumRequired(152, atLeastHalf)).toBe(76);
    expect(quorumMet(102, 153, atLeastTwoThirds)).toBe(true);
    expect(quorumMet(101, 153, atLeastTwoThirds)).toBe(false);
  });

  it('handles an empty body', () => {
    expect(evaluateQuorum({ kind: 'fraction', ...atLeastTwoThirds }, 0, 0)).toMatchObject({
      required: 0,
      met: true,
    });
    expect(evaluateQuorum({ kind: 'fraction', ...moreThanHalf }, 0, 0)).toMatchObject({
      required: 1,
      met: false,
    });
    expect(evaluateQuorum({ kind: 'none' }, 0, 10)).toMatchObject({ required: null, met: true });
  });

  it('says met exactly when present reaches the required number, for any body and fraction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (entitled, a, b) => {
          const [numerator, denominator] = a <= b ? [a, b] : [b, a];
          const rule = { numerator, denominator, comparison: '>=' as const };
          const required = quorumRequired(entitled, rule);
          expect(quorumMet(required, entitled, rule)).toBe(true);
          if (required > 0) expect(quorumMet(required - 1, entitled, rule)).toBe(false);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (entitled, a, b) => {
          const [numerator, denominator] = a <= b ? [a, b] : [b, a];
          const rule = { numerator, denominator, comparison: '>' as const };
          const required = quorumRequired(entitled, rule);
          expect(quorumMet(required, entitled, rule)).toBe(true);
          expect(quorumMet(required - 1, entitled, rule)).toBe(false);
        },
      ),
    );
  });
});
