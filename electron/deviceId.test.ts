import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateDeviceId } from './deviceId';

describe('device id', () => {
  it('is made once and then kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenum-'));
    const first = loadOrCreateDeviceId(dir);
    expect(first).toMatch(/^dev-[a-z0-9]{12}$/);
    expect(loadOrCreateDeviceId(dir)).toBe(first);
  });

  it('replaces a damaged file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenum-'));
    fs.writeFileSync(path.join(dir, 'device.json'), '{not json');
    expect(loadOrCreateDeviceId(dir)).toMatch(/^dev-/);
  });
});
