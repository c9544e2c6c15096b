import { describe, expect, it } from 'vitest';
import { pick, seededRandom } from './random';

describe('the seeded generator', () => {
  it('gives the reference mulberry32 sequence, so the demo event is the same on every machine', () => {
    const one = seededRandom(1);
    expect([one(), one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const answer = seededRandom(42);
    expect([answer(), answer()]).toEqual([0.6011037519201636, 0.44829055899754167]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const a = seededRandom(2026);
    const b = seededRandom(2026);
    const c = seededRandom(2027);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(Array.from({ length: 50 }, c)).not.toEqual(first);
  });

  it('takes the seed as an unsigned 32-bit number', () => {
    const negative = seededRandom(-1);
    const unsigned = seededRandom(4294967295);
    expect([negative(), negative()]).toEqual([unsigned(), unsigned()]);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 10_000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const tenths = new Array(10).fill(0);
    for (const v of values) tenths[Math.floor(v * 10)]++;
    for (const n of tenths) expect(n).toBeGreaterThan(900);
  });
});

describe('picking an item', () => {
  it('maps the generator onto the items, first to last', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(pick(() => 0, items)).toBe('a');
    expect(pick(() => 0.2499, items)).toBe('a');
    expect(pick(() => 0.25, items)).toBe('b');
    expect(pick(() => 0.9999, items)).toBe('d');
  });

  it('reaches every item', () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 200 }, () => pick(random, ['x', 'y', 'z'])));
    expect([...seen].sort()).toEqual(['x', 'y', 'z']);
  });
});
