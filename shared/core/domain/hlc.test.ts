import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clockProblem,
  compareHlc,
  decodeHlc,
  encodeHlc,
  initialHlc,
  MAX_CLOCK_AHEAD_MS,
  receiveHlc,
  tickHlc,
} from './hlc';

describe('hybrid logical clock', () => {
  it('moves forward with the wall clock', () => {
    const a = tickHlc(initialHlc('n1'), 1000);
    expect(a).toEqual({ wall: 1000, counter: 0, node: 'n1' });
    expect(tickHlc(a, 2000)).toEqual({ wall: 2000, counter: 0, node: 'n1' });
  });

  it('keeps counting when the wall clock stands still or goes back', () => {
    const a = tickHlc(initialHlc('n1'), 1000);
    const b = tickHlc(a, 1000);
    const c = tickHlc(b, 500);
    expect(b).toEqual({ wall: 1000, counter: 1, node: 'n1' });
    expect(c).toEqual({ wall: 1000, counter: 2, node: 'n1' });
    expect(compareHlc(a, b)).toBeLessThan(0);
    expect(compareHlc(b, c)).toBeLessThan(0);
  });

  it('orders a received event before the next local one, even from a clock that runs ahead', () => {
    const local = tickHlc(initialHlc('a'), 1000);
    const remote = { wall: 5000, counter: 3, node: 'b' };
    const merged = receiveHlc(local, remote, 1200);
    expect(compareHlc(remote, merged)).toBeLessThan(0);
    expect(compareHlc(merged, tickHlc(merged, 1300))).toBeLessThan(0);
  });

  it('breaks equal wall and counter by node so the order is total', () => {
    expect(compareHlc({ wall: 1, counter: 0, node: 'a' }, { wall: 1, counter: 0, node: 'b' })).toBeLessThan(
      0,
    );
    expect(compareHlc({ wall: 1, counter: 0, node: 'a' }, { wall: 1, counter: 0, node: 'a' })).toBe(0);
  });

  it('encodes to strings whose lexical order is the clock order', () => {
    const arbHlc = fc.record({
      wall: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      counter: fc.integer({ min: 0, max: 999_999 }),
      node: fc.constantFrom('dev-a', 'dev-b', 'dev-c'),
    });
    fc.assert(
      fc.property(arbHlc, arbHlc, (a, b) => {
        const lexical = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(lexical).toBe(Math.sign(compareHlc(a, b)));
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
      }),
    );
  });

  it('never goes backwards over any sequence of local ticks and receipts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            now: fc.integer({ min: 0, max: 10_000 }),
            remoteWall: fc.option(fc.integer({ min: 0, max: 10_000 })),
          }),
        ),
        (steps) => {
          let clock = initialHlc('a');
          for (const step of steps) {
            const next =
              step.remoteWall === null
                ? tickHlc(clock, step.now)
                : receiveHlc(clock, { wall: step.remoteWall, counter: 0, node: 'b' }, step.now);
            expect(compareHlc(clock, next)).toBeLessThan(0);
            clock = next;
          }
        },
      ),
    );
  });
});

describe('a clock that stays in its range', () => {
  it('carries the counter into the wall time instead of overflowing its six digits', () => {
    const full = { wall: 5000, counter: 999_999, node: 'n1' };
    const next = tickHlc(full, 4000);
    expect(next).toEqual({ wall: 5001, counter: 0, node: 'n1' });
    expect(encodeHlc(full) < encodeHlc(next)).toBe(true);
    expect(decodeHlc(encodeHlc(next))).toEqual(next);
  });

  it('carries when receiving a clock whose counter is full', () => {
    const remote = { wall: 9000, counter: 999_999, node: 'b' };
    const merged = receiveHlc({ wall: 100, counter: 0, node: 'a' }, remote, 200);
    expect(merged).toEqual({ wall: 9001, counter: 0, node: 'a' });
    expect(encodeHlc(remote) < encodeHlc(merged)).toBe(true);
  });

  it('keeps a million writes in one millisecond readable and in order', () => {
    let clock = { wall: 7000, counter: 0, node: 'n1' };
    let previous = encodeHlc(clock);
    for (let i = 0; i < 1_200_000; i++) {
      clock = tickHlc(clock, 7000);
      const encoded = encodeHlc(clock);
      if (!(previous < encoded)) throw new Error(`out of order at ${i}`);
      previous = encoded;
    }
    expect(clock.wall).toBe(7001);
  });

  it('refuses to encode what it could not read back', () => {
    expect(() => encodeHlc({ wall: 10 ** 15, counter: 0, node: 'n' })).toThrow(RangeError);
    expect(() => encodeHlc({ wall: 1, counter: 1_000_000, node: 'n' })).toThrow(RangeError);
    expect(() => encodeHlc({ wall: 1, counter: 0, node: 'a b' })).toThrow(RangeError);
  });

  it('names a clock from outside that is unreadable or far ahead, and accepts one a little ahead', () => {
    const now = Date.UTC(2026, 11, 2);
    const at = (wall: number) => encodeHlc({ wall, counter: 0, node: 'dev-abc123' });
    expect(clockProblem('999999999999999-999999-zz', now)).toBe('farAhead');
    expect(clockProblem('12-0-x', now)).toBe('unreadable');
    expect(clockProblem(`${at(now)}\n`, now)).toBe('unreadable');
    expect(clockProblem(at(now + MAX_CLOCK_AHEAD_MS + 1), now)).toBe('farAhead');
    expect(clockProblem(at(now + 60_000), now)).toBeNull();
    expect(clockProblem(at(now - 10 ** 9), now)).toBeNull();
  });
});
