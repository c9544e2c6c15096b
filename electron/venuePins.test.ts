import { describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PinnedHosts } from './venuePins';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const userData = () => fs.mkdtemp(path.join(os.tmpdir(), 'plenum-venue-pins-'));

describe('the pinned hosts', () => {
  it('pin a host by its name and keep it for the next start of the app', async () => {
    const dir = await userData();
    const pins = new PinnedHosts(dir);
    expect(pins.pin('https://192.168.1.20:6984', A.toUpperCase())).toBe('added');
    expect(pins.pin('https://Venue-Host.local:6984/', B)).toBe('added');
    expect([...new PinnedHosts(dir).current]).toEqual([
      ['192.168.1.20', A],
      ['venue-host.local', B],
    ]);
  });

  it('take a host’s new certificate when it is paired again, and tell whether anything changed', async () => {
    const dir = await userData();
    const pins = new PinnedHosts(dir);
    expect(pins.pin('https://10.0.0.5:6984', A)).toBe('added');
    expect(pins.pin('https://10.0.0.5:7000', A)).toBe('unchanged');
    expect(pins.pin('https://10.0.0.5:6984', B)).toBe('replaced');
    expect(new PinnedHosts(dir).current.get('10.0.0.5')).toBe(B);
  });

  it('pin only hosts reached over https, with a SHA-256 fingerprint', async () => {
    const pins = new PinnedHosts(await userData());
    expect(() => pins.pin('http://10.0.0.5:6984', A)).toThrow('https');
    expect(() => pins.pin('https://10.0.0.5:6984', 'a'.repeat(63))).toThrow('64 hexadecimal digits');
    expect(pins.current.size).toBe(0);
  });

  it('start with nothing pinned from a damaged file, and ignore entries that are not fingerprints', async () => {
    const damaged = await userData();
    await fs.writeFile(path.join(damaged, 'venue-pins.json'), '{"10.0.0.5": "');
    expect(new PinnedHosts(damaged).current.size).toBe(0);
    const odd = await userData();
    await fs.writeFile(
      path.join(odd, 'venue-pins.json'),
      JSON.stringify({ '10.0.0.5': A, '10.0.0.6': 'sha256/xyz', '10.0.0.7': 42 }),
    );
    expect([...new PinnedHosts(odd).current]).toEqual([['10.0.0.5', A]]);
  });
});
