import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_LIFETIME_MS, HostState, sha256Hex } from './hostState';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2026, 11, 1, 8);
const laptop = (deviceId: string, database = 'plenum-conf-1') => ({
  deviceId,
  name: `Desk ${deviceId}`,
  role: 'desk' as const,
  database,
  pairedAt: '2026-12-01T08:00:00.000Z',
});

describe('pairing codes', () => {
  it('lets a code in once, with the role and event it was made for', () => {
    const state = new HostState(dir);
    const code = state.newCode('tellers', 'plenum-conf-1', NOW);
    expect(code.code).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(state.takeCode(code.code, NOW + 1)).toEqual({ ...code });
    expect(state.takeCode(code.code, NOW + 2)).toBeNull();
  });

  it('refuses a code past its lifetime, and spends it', () => {
    const state = new HostState(dir);
    const late = state.newCode('desk', null, NOW);
    expect(state.takeCode(late.code, NOW + CODE_LIFETIME_MS)).toBeNull();
    const onTime = state.newCode('desk', null, NOW);
    expect(state.takeCode(onTime.code, NOW + CODE_LIFETIME_MS - 1)).not.toBeNull();
  });

  it('makes a different code each time, and knows no code it did not make', () => {
    const state = new HostState(dir);
    const codes = new Set(Array.from({ length: 50 }, () => state.newCode('desk', null, NOW).code));
    expect(codes.size).toBe(50);
    expect(state.takeCode('not-a-code-at-all-000', NOW)).toBeNull();
  });

  it('keeps codes in memory only: a restarted host knows none of them', () => {
    const code = new HostState(dir).newCode('desk', null, NOW);
    expect(new HostState(dir).takeCode(code.code, NOW)).toBeNull();
  });
});

describe('joined laptops', () => {
  it('stores each token only as its SHA-256 in laptops.json', () => {
    const state = new HostState(dir);
    const token = state.join(laptop('desk-1'));
    const file = readFileSync(path.join(dir, 'laptops.json'), 'utf8');
    expect(file).not.toContain(token);
    expect(JSON.parse(file)).toEqual([
      { ...laptop('desk-1'), tokenSha256: sha256Hex(token), revokedAt: null },
    ]);
    expect(statSync(path.join(dir, 'laptops.json')).mode & 0o077).toBe(0);
    expect(state.laptopOfToken(token)?.deviceId).toBe('desk-1');
    expect(state.laptopOfToken(sha256Hex(token))).toBeNull();
  });

  it('knows the laptops again after a restart', () => {
    const token = new HostState(dir).join(laptop('desk-1'));
    const again = new HostState(dir);
    expect(again.laptopOfToken(token)?.name).toBe('Desk desk-1');
    expect(again.laptopsOf('plenum-conf-1').map((l) => l.deviceId)).toEqual(['desk-1']);
    expect(again.laptopsOf('plenum-other')).toEqual([]);
  });

  it('gives a laptop that joins again a new token, and the old one stops working', () => {
    const state = new HostState(dir);
    const first = state.join(laptop('desk-1'));
    const second = state.join(laptop('desk-1'));
    expect(second).not.toBe(first);
    expect(state.laptopOfToken(first)).toBeNull();
    expect(state.laptopOfToken(second)?.deviceId).toBe('desk-1');
    expect(state.laptopsOf('plenum-conf-1')).toHaveLength(1);
  });

  it('revokes a laptop of one event: its token stops working, the time of the first revoke stays', () => {
    const state = new HostState(dir);
    const token = state.join(laptop('desk-1'));
    const other = state.join(laptop('desk-1', 'plenum-conf-2'));
    expect(state.revoke('plenum-conf-1', 'desk-1', '2026-12-01T09:00:00.000Z')?.revokedAt).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    expect(state.revoke('plenum-conf-1', 'desk-1', '2026-12-01T10:00:00.000Z')?.revokedAt).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    expect(state.laptopOfToken(token)).toBeNull();
    expect(state.laptopOfToken(other)?.database).toBe('plenum-conf-2');
    expect(state.revoke('plenum-conf-1', 'nobody', 'T')).toBeNull();
    expect(new HostState(dir).laptopOfToken(token)).toBeNull();
  });

  it('makes one admin token and keeps it', () => {
    const token = new HostState(dir).adminToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new HostState(dir).adminToken).toBe(token);
    expect(statSync(path.join(dir, 'admin-token')).mode & 0o077).toBe(0);
  });

  it('leaves out an entry of laptops.json that does not read, and refuses a file that is not a list', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(dir, 'laptops.json');
    writeFileSync(file, JSON.stringify([{ deviceId: 'x', tokenSha256: 'h', role: 'root' }, null, 5]));
    expect(new HostState(dir).laptopsOf('plenum-conf-1')).toEqual([]);
    writeFileSync(file, '{}');
    expect(() => new HostState(dir)).toThrow(/not a list/);
  });
});
