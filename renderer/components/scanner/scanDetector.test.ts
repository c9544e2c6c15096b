import { describe, expect, it } from 'vitest';
import { badgePayload } from '../../../shared/rules/checkin/badgePayload';
import { seededRandom } from '../../../shared/demo/random';
import { resolveScan, ScanDetector, type KeyVerdict } from './scanDetector';

function type(
  detector: ScanDetector,
  text: string,
  start: number,
  gap: number | (() => number),
): { end: number; verdicts: KeyVerdict[] } {
  let t = start;
  const verdicts: KeyVerdict[] = [];
  for (const char of text) {
    verdicts.push(detector.key(char, t));
    t += typeof gap === 'number' ? gap : gap();
  }
  return { end: t, verdicts };
}

describe('scanner detection', () => {
  it('reads a badge payload whatever the timing, and keeps its keys from the page', () => {
    const d = new ScanDetector();
    const { end, verdicts } = type(d, badgePayload('A00012'), 0, 400);
    expect(verdicts.slice(0, 3)).toEqual(['pass', 'pass', 'pass']);
    expect(verdicts[3]).toBe('began');
    expect(verdicts.slice(4).every((v) => v === 'swallow')).toBe(true);
    expect(d.enter(end + 2000)).toEqual({ kind: 'badge', code: 'A00012' });
  });

  it('finds every code in bursts with gaps of 50–500 ms inside them', () => {
    const random = seededRandom(13);
    const d = new ScanDetector();
    let t = 0;
    for (let n = 1; n <= 300; n++) {
      const code = `A${String(n).padStart(5, '0')}`;
      const gap = () => (random() < 0.2 ? 50 + Math.floor(random() * 451) : 2);
      const { end } = type(d, badgePayload(code), t, gap);
      expect(d.enter(end + gap())).toEqual({ kind: 'badge', code });
      t = end + 10;
    }
  });

  it('reads a scan in full after a long search typed without Enter', () => {
    const d = new ScanDetector();
    type(d, 'x'.repeat(200), 0, 150);
    const { end, verdicts } = type(d, badgePayload('A00012'), 40_000, 3);
    expect(verdicts.slice(4).every((v) => v === 'swallow')).toBe(true);
    expect(d.enter(end)).toEqual({ kind: 'badge', code: 'A00012' });
  });

  it('calls a payload with a wrong check character damaged', () => {
    const d = new ScanDetector();
    const payload = badgePayload('A00012');
    const wrong = payload.slice(0, -1) + (payload.endsWith('0') ? '1' : '0');
    const { end } = type(d, wrong, 0, 3);
    expect(d.enter(end)).toEqual({ kind: 'damaged', text: wrong.slice(4) });
  });

  it('lets Escape drop a payload that never ends, and gives the keyboard back', () => {
    const d = new ScanDetector();
    type(d, 'PLN-A0001', 0, 3);
    expect(d.isScanning).toBe(true);
    d.cancel();
    expect(d.key('z', 100)).toBe('pass');
    expect(d.isScanning).toBe(false);
  });

  it('takes a fast burst of a bare code ended by Enter as a scan (badges printed before)', () => {
    const d = new ScanDetector();
    const { end } = type(d, 'A00012', 1000, 8);
    expect(d.enter(end)).toEqual({ kind: 'burst', code: 'A00012', typed: 'A00012' });
  });

  it('tolerates a slower key for a capital (Shift) within the limit', () => {
    const d = new ScanDetector();
    d.key('A', 0);
    const { end } = type(d, '00012', 45, 6);
    expect(d.enter(end)).toMatchObject({ code: 'A00012' });
  });

  it('leaves typing at human speed alone, and too-short bursts', () => {
    const d = new ScanDetector();
    expect(d.enter(type(d, 'zhao', 0, 120).end)).toBeNull();
    expect(d.enter(type(d, 'zys', 5000, 5).end)).toBeNull();
  });

  it('starts a burst again after a pause, so that earlier typing does not spoil it', () => {
    const d = new ScanDetector();
    type(d, 'zh', 0, 150);
    const { end } = type(d, 'A00007', 2000, 5);
    expect(d.enter(end)).toEqual({ kind: 'burst', code: 'A00007', typed: 'zhA00007' });
  });

  it('does not take an Enter long after a bare burst as the end of a scan', () => {
    const d = new ScanDetector();
    const { end } = type(d, 'A00012', 0, 5);
    expect(d.enter(end + 1000)).toBeNull();
  });

  it('resolves a badge by its code, a split bare burst by every key, and a Russian layout', () => {
    const codes = new Map([
      ['A00123', 'person 123'],
      ['A00007', 'person 7'],
    ]);
    const find = (c: string) => codes.get(c);
    expect(resolveScan({ kind: 'badge', code: 'A00123' }, find)).toBe('person 123');
    expect(resolveScan({ kind: 'burst', code: '0123', typed: 'A00123' }, find)).toBe('person 123');
    expect(resolveScan({ kind: 'burst', code: 'A00007', typed: 'zhA00007' }, find)).toBe('person 7');
    expect(resolveScan({ kind: 'burst', code: 'Ф00007', typed: 'Ф00007' }, find)).toBe('person 7');
    expect(resolveScan({ kind: 'burst', code: '0124', typed: 'A00124' }, find)).toBeUndefined();
    expect(resolveScan({ kind: 'damaged', text: 'A00123-Q' }, find)).toBeUndefined();
  });
});
