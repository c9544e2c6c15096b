import { describe, expect, it } from 'vitest';
import { fraction, fromDecimal } from '../counting/fraction';
import { allocateSeats, type SeatInput } from './seats';

const votes = (...yes: number[]) =>
  yes.map((n, i) => ({ id: String.fromCharCode(97 + i), yes: fromDecimal(n) }));
const moreThanHalf = {
  kind: 'majority',
  base: 'cast',
  numerator: 1,
  denominator: 2,
  comparison: '>',
} as const;
const input = (over: Partial<SeatInput>): SeatInput => ({
  seats: 3,
  rule: moreThanHalf,
  tieRule: 'runoff',
  base: fromDecimal(10),
  candidates: votes(9, 8, 7, 6),
  lots: null,
  ...over,
});

describe('seat allocation', () => {
  it('elects the best-placed candidates meeting the majority, best first', () => {
    expect(allocateSeats(input({}))).toEqual({
      required: 6,
      qualified: ['a', 'b', 'c', 'd'],
      elected: ['a', 'b', 'c'],
      tie: null,
      unfilled: 0,
    });
  });

  it('holds the exact threshold: more than half of 10 is 6, at least half is 5', () => {
    const five = input({ seats: 1, candidates: votes(5, 0) });
    expect(allocateSeats(five)).toMatchObject({ required: 6, elected: [], unfilled: 1 });
    expect(allocateSeats({ ...five, rule: { ...moreThanHalf, comparison: '>=' } })).toMatchObject({
      required: 5,
      elected: ['a'],
      unfilled: 0,
    });
    // ⅔ of 131 is 87.33…: 87 is not enough for "at least ⅔", 88 is.
    const twoThirds = {
      kind: 'majority',
      base: 'cast',
      numerator: 2,
      denominator: 3,
      comparison: '>=',
    } as const;
    expect(
      allocateSeats({ ...five, base: fromDecimal(131), rule: twoThirds, candidates: votes(87) }),
    ).toMatchObject({ required: 88, elected: [] });
    expect(
      allocateSeats({ ...five, base: fromDecimal(131), rule: twoThirds, candidates: votes(88) }),
    ).toMatchObject({ elected: ['a'] });
  });

  it('reports a tie at the last seat and leaves it to the runoff', () => {
    const outcome = allocateSeats(input({ candidates: votes(9, 8, 7, 7) }));
    expect(outcome.elected).toEqual(['a', 'b']);
    expect(outcome.tie).toEqual({ candidateIds: ['c', 'd'], seats: 1, resolution: 'runoff' });
    expect(outcome.unfilled).toBe(0);
  });

  it('does not break a tie by list order: the same tie whichever candidate is listed first', () => {
    const reversed = allocateSeats(input({ candidates: votes(9, 8, 7, 7).reverse() }));
    expect(reversed.elected.sort()).toEqual(['a', 'b']);
    expect(reversed.tie?.candidateIds.sort()).toEqual(['c', 'd']);
  });

  it('elects everyone tied above the last seat: no tie', () => {
    expect(allocateSeats(input({ candidates: votes(9, 8, 8, 7) }))).toMatchObject({
      elected: ['a', 'b', 'c'],
      tie: null,
      unfilled: 0,
    });
    expect(allocateSeats(input({ candidates: votes(8, 8, 8, 7) }))).toMatchObject({
      elected: ['a', 'b', 'c'],
      tie: null,
    });
  });

  it('ties three for two seats when they straddle the last seat', () => {
    expect(allocateSeats(input({ candidates: votes(9, 7, 7, 7) })).tie).toEqual({
      candidateIds: ['b', 'c', 'd'],
      seats: 2,
      resolution: 'runoff',
    });
  });

  it('leaves the seat vacant when the rule says so', () => {
    expect(allocateSeats(input({ tieRule: 'vacant', candidates: votes(9, 8, 7, 7) }))).toMatchObject({
      elected: ['a', 'b'],
      tie: { resolution: 'vacant' },
      unfilled: 1,
    });
  });

  it(
    'waits for a drawing of lots, then elects whom it drew; ' +
      'a drawing of the wrong size or of someone not tied does not count',
    () => {
      const tied = input({ tieRule: 'lots', candidates: votes(9, 8, 7, 7) });
      expect(allocateSeats(tied)).toMatchObject({ elected: ['a', 'b'], tie: { resolution: 'pending' } });
      expect(allocateSeats({ ...tied, lots: { winnerIds: ['d'] } })).toMatchObject({
        elected: ['a', 'b', 'd'],
        tie: { resolution: 'lots' },
        unfilled: 0,
      });
      expect(allocateSeats({ ...tied, lots: { winnerIds: ['a'] } }).tie?.resolution).toBe('pending');
      expect(allocateSeats({ ...tied, lots: { winnerIds: ['c', 'd'] } }).tie?.resolution).toBe('pending');
    },
  );

  it('leaves seats unfilled when fewer candidates reach the majority than there are seats', () => {
    expect(allocateSeats(input({ candidates: votes(9, 6, 5, 4) }))).toMatchObject({
      elected: ['a', 'b'],
      qualified: ['a', 'b'],
      unfilled: 1,
      tie: null,
    });
  });

  it('does not call a tie among candidates below the majority', () => {
    expect(allocateSeats(input({ candidates: votes(9, 6, 5, 5) }))).toMatchObject({
      elected: ['a', 'b'],
      tie: null,
      unfilled: 1,
    });
  });

  it('ranks by votes in a relative majority, and elects no one without a vote', () => {
    const relative = input({ rule: { kind: 'relative' }, seats: 2, candidates: votes(3, 0, 4, 0) });
    expect(allocateSeats(relative)).toMatchObject({ required: null, elected: ['c', 'a'], tie: null });
    expect(allocateSeats({ ...relative, candidates: votes(1, 0, 0, 0) })).toMatchObject({
      elected: ['a'],
      unfilled: 1,
    });
  });

  it('compares weighted votes exactly: 7.5 is more than half of 14.5, 7.25 is not', () => {
    const weighted = input({ seats: 1, base: fraction(29n, 2n) });
    expect(allocateSeats({ ...weighted, candidates: [{ id: 'a', yes: fraction(15n, 2n) }] }).elected).toEqual(
      ['a'],
    );
    expect(allocateSeats({ ...weighted, candidates: [{ id: 'a', yes: fraction(29n, 4n) }] }).elected).toEqual(
      [],
    );
  });

  it('elects no one on an empty base', () => {
    expect(allocateSeats(input({ base: fromDecimal(0), candidates: votes(0, 0) })).elected).toEqual([]);
  });
});
