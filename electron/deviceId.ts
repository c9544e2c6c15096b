import fs from 'node:fs';
import path from 'node:path';
import { newDeviceId } from '../shared/core/domain/ids';

/** Reads this installation's device id from the user-data folder, creating it on first use. */
export function loadOrCreateDeviceId(userDataDir: string): string {
  const file = path.join(userDataDir, 'device.json');
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { deviceId?: unknown };
    if (typeof stored.deviceId === 'string' && /^dev-[a-z0-9]{6,}$/.test(stored.deviceId))
      return stored.deviceId;
  } catch {
    // First start, or an unreadable file: make a new id below.
  }
  const deviceId = newDeviceId();
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ deviceId }), { encoding: 'utf8', mode: 0o600 });
  return deviceId;
}
