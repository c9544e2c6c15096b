import { describe, expect, it } from 'vitest';
import { encodePairing, MAX_PAIRING_CHARS, PAIRING_PREFIX, parsePairing, type Pairing } from './pairing';

const PAIRING: Pairing = {
  urls: ['https://192.168.1.20:6984', 'https://10.0.0.5:6984'],
  event: '01JEVENT0000000000000000AB',
  eventName: 'Съезд 2026 · 代表大会',
  role: 'tellers',
  code: 'Abc_def-0123456789xyz',
  fingerprint: 'ab'.repeat(32),
};

/** A pairing text carrying any JSON, as a hand-made or damaged code would. */
const textOf = (json: unknown) => PAIRING_PREFIX + Buffer.from(JSON.stringify(json)).toString('base64url');

const problemOf = (text: string) => {
  const read = parsePairing(text);
  return read.ok ? 'ok' : read.problem;
};

describe('pairing codes', () => {
  it('reads back what it wrote, non-ASCII event name and all', () => {
    expect(parsePairing(encodePairing(PAIRING))).toEqual({ ok: true, pairing: PAIRING });
    const first = { ...PAIRING, event: null, eventName: '', role: 'secretariat' as const };
    expect(parsePairing(encodePairing(first))).toEqual({ ok: true, pairing: first });
  });

  it('writes only URL-safe characters after the prefix (a badge scanner types them)', () => {
    expect(encodePairing(PAIRING).slice(PAIRING_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('ignores spaces and line breaks a copy adds, and the prefix in lower case', () => {
    const text = encodePairing(PAIRING);
    const broken = text.replace(/(.{17})/g, '$1\n  ').replace(/^/, ' \t');
    expect(parsePairing(broken)).toEqual({ ok: true, pairing: PAIRING });
    expect(
      parsePairing(text.toLowerCase().slice(0, PAIRING_PREFIX.length) + text.slice(PAIRING_PREFIX.length)),
    ).toEqual({ ok: true, pairing: PAIRING });
  });

  it('refuses a text that is too long before reading it', () => {
    expect(problemOf(PAIRING_PREFIX + 'A'.repeat(MAX_PAIRING_CHARS))).toBe('tooLong');
    expect(problemOf(encodePairing(PAIRING) + ' '.repeat(MAX_PAIRING_CHARS))).toBe('tooLong');
  });

  it('says when a text is not a pairing at all', () => {
    expect(problemOf('')).toBe('notPairing');
    expect(problemOf('https://192.168.1.20:6984')).toBe('notPairing');
    expect(problemOf('PLENUM-PAIRING:abc')).toBe('notPairing');
  });

  it('refuses what does not decode: bad base64, bad UTF-8, not JSON', () => {
    expect(problemOf(PAIRING_PREFIX + '!!!***')).toBe('unreadable');
    expect(problemOf(PAIRING_PREFIX + Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'))).toBe(
      'unreadable',
    );
    expect(problemOf(PAIRING_PREFIX + Buffer.from('{"v":1,').toString('base64url'))).toBe('unreadable');
    expect(problemOf(PAIRING_PREFIX)).toBe('unreadable');
  });

  it('refuses a fingerprint that is not 64 lower-case hex digits', () => {
    expect(problemOf(textOf({ v: 1, ...PAIRING }))).toBe('ok');
    for (const fingerprint of ['AB'.repeat(32), 'ab'.repeat(31), 'ab'.repeat(33), 'zz'.repeat(32), ''])
      expect(problemOf(textOf({ v: 1, ...PAIRING, fingerprint }))).toBe('unreadable');
  });

  it('refuses an address with a path, a space or another scheme, and too many addresses', () => {
    for (const url of [
      'https://192.168.1.20:6984/plenum-x',
      'http://192.168.1.20:6984/',
      'https://192.168 .1.20',
      'ftp://192.168.1.20',
      '192.168.1.20:6984',
    ])
      expect(problemOf(textOf({ v: 1, ...PAIRING, urls: [url] })), url).toBe('unreadable');
    expect(problemOf(textOf({ v: 1, ...PAIRING, urls: ['http://192.168.1.20:6984'] }))).toBe('ok');
    expect(problemOf(textOf({ v: 1, ...PAIRING, urls: [] }))).toBe('unreadable');
    expect(problemOf(textOf({ v: 1, ...PAIRING, urls: Array(9).fill(PAIRING.urls[0]) }))).toBe('unreadable');
  });

  it('refuses another version, an unknown role and a code too short to guess at', () => {
    expect(problemOf(textOf({ ...PAIRING, v: 2 }))).toBe('unreadable');
    expect(problemOf(textOf({ ...PAIRING }))).toBe('unreadable');
    expect(problemOf(textOf({ v: 1, ...PAIRING, role: 'admin' }))).toBe('unreadable');
    expect(problemOf(textOf({ v: 1, ...PAIRING, code: 'short' }))).toBe('unreadable');
    expect(problemOf(textOf({ v: 1, ...PAIRING, code: 'has space in the code!' }))).toBe('unreadable');
  });
});
