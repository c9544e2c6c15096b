import { describe, expect, it } from 'vitest';
import { newDeviceId, newId } from './ids';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The time a ULID's first ten characters encode. */
const timeOf = (id: string) => [...id.slice(0, 10)].reduce((t, c) => t * 32 + ENCODING.indexOf(c), 0);

describe('record ids', () => {
  it('are ULIDs that carry the time they were made at', () => {
    const at = Date.UTC(2026, 11, 10, 8, 30);
    const id = newId(at);
    expect(id).toMatch(CROCKFORD);
    expect(timeOf(id)).toBe(at);
  });

  it('sort in the order they were made, even within one millisecond', () => {
    const at = Date.UTC(2026, 11, 10);
    const ids = Array.from({ length: 1000 }, () => newId(at));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    const later = newId(at + 1);
    expect(later > ids[999]!).toBe(true);
  });
});

describe('device ids', () => {
  it('are "dev-" and twelve lower-case characters, a new one each time', () => {
    const a = newDeviceId();
    const b = newDeviceId();
    expect(a).toMatch(/^dev-[0-9a-hjkmnp-tv-z]{12}$/);
    expect(b).not.toBe(a);
  });
});
