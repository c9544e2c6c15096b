import { describe, expect, it } from 'vitest';
import { resolveScan, ScanDetector } from './scanDetector';

function type(detector: ScanDetector, text: string, start: number, gap: number): number {
  let t = start;
  for (const char of text) {
    detector.key(char, t);
    t += gap;
  }
  return t;
}

describe('scanner detection', () => {
  it('takes a burst of keys ended by Enter as a scan', () => {
    const d = new ScanDetector();
    const end = type(d, 'A00012', 1000, 8);
    expect(d.enter(end)?.code).toBe('A00012');
  });

  it('tolerates a slower key for a capital (Shift) within the limit', () => {
    const d = new ScanDetector();
    d.key('A', 0);
    const end = type(d, '00012', 45, 6);
    expect(d.enter(end)?.code).toBe('A00012');
  });

  it('leaves typing at human speed alone, and too-short bursts', () => {
    const d = new ScanDetector();
    expect(d.enter(type(d, 'zhao', 0, 120))).toBeNull();
    expect(d.enter(type(d, 'zys', 5000, 5))).toBeNull();
  });

  it('starts again after a pause, so that earlier typing does not spoil a scan', () => {
    const d = new ScanDetector();
    type(d, 'zh', 0, 150);
    const end = type(d, 'A00007', 2000, 5);
    expect(d.enter(end)).toEqual({ code: 'A00007', typed: 'zhA00007' });
  });

  it('does not take an Enter long after a burst as the end of a scan', () => {
    const d = new ScanDetector();
    const end = type(d, 'A00012', 0, 5);
    expect(d.enter(end + 1000)).toBeNull();
  });

  it('finds the whole code when a busy moment split the burst', () => {
    const d = new ScanDetector();
    type(d, 'A0', 0, 5);
    const end = type(d, '0123', 200, 5);
    const scan = d.enter(end)!;
    expect(scan).toEqual({ code: '0123', typed: 'A00123' });
    const codes = new Map([['A00123', 'person 123'], ['A00007', 'person 7']]);
    expect(resolveScan(scan, (c) => codes.get(c))).toBe('person 123');
    expect(resolveScan({ code: 'A00007', typed: 'zhA00007' }, (c) => codes.get(c))).toBe('person 7');
    expect(resolveScan({ code: '0124', typed: 'A00124' }, (c) => codes.get(c))).toBeUndefined();
  });
});
