import fs from 'node:fs';
import path from 'node:path';
import { hostKey, type Pins } from './certificatePins';

const FINGERPRINT = /^[0-9a-f]{64}$/;

/**
 * The hosts this laptop paired with and their certificates, kept in the user-data folder: after a
 * restart the page reconnects to the hosts it joined, and their certificates must be trusted by then.
 */
export class PinnedHosts {
  private readonly file: string;
  private readonly pins = new Map<string, string>();

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'venue-pins.json');
    for (const [host, fingerprint] of Object.entries(readPinsFile(this.file)))
      if (FINGERPRINT.test(fingerprint)) this.pins.set(hostKey(host), fingerprint);
  }

  get current(): Pins {
    return this.pins;
  }

  /**
   * Pins the host of an https URL to a certificate; a host paired again (its data folder lost, or
   * another laptop on the same address) takes the new one.
   */
  pin(url: string, fingerprint: string): 'added' | 'replaced' | 'unchanged' {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') throw new Error('Only a host reached over https is pinned.');
    const host = hostKey(parsed.hostname);
    const hex = fingerprint.toLowerCase();
    if (!FINGERPRINT.test(hex)) throw new Error('A certificate fingerprint is 64 hexadecimal digits.');
    const previous = this.pins.get(host);
    if (previous === hex) return 'unchanged';
    this.pins.set(host, hex);
    this.save();
    return previous === undefined ? 'added' : 'replaced';
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.pins), null, 2), { mode: 0o600 });
    fs.renameSync(temporary, this.file);
  }
}

function readPinsFile(file: string): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    // No file yet (nothing paired), or an unreadable one: those hosts are Chromium's to refuse
    // until this laptop pairs with them again.
    return {};
  }
}
