import {
  asLatinKeys,
  BADGE_PAYLOAD_PREFIX,
  endsWithPayloadPrefix,
  readBadgePayload,
} from '../../../shared/rules/checkin/badgePayload';

/**
 * Bare codes (badges printed before the payload existed) are told from typing by speed alone:
 * scanners send keys a few ms apart (a Shift for capitals can add tens of ms), people 100 ms or more.
 */
export const MAX_GAP_MS = 60;
export const MIN_LENGTH = 4;
/** Keys kept since the last Enter: more than any badge, so a scan is never cut. */
const MAX_TYPED = 128;

/**
 * A scan: a badge read by its payload (whatever the timing), a payload that does not check, or a
 * fast burst of a bare code with every key since the last Enter (a busy page can split a burst).
 */
export type Scan =
  | { kind: 'badge'; code: string }
  | { kind: 'damaged'; text: string }
  | { kind: 'burst'; code: string; typed: string };

/** What to do with a key: let it through, keep it from the page (it belongs to a scan), or both and a scan began. */
export type KeyVerdict = 'pass' | 'swallow' | 'began';

/**
 * Watches key presses (with their time stamps) and says, at each Enter, whether the keys before it
 * were a scan. Once the payload's prefix has come, every key up to Enter is the scan's: it never
 * reaches the search box, however late or split it arrives. Pure: the page feeds it keyboard events.
 */
export class ScanDetector {
  private typed = '';
  private burst = '';
  private last = -Infinity;
  private fast = true;
  private scanning = false;

  key(char: string, timeStamp: number): KeyVerdict {
    this.typed = (this.typed + char).slice(-MAX_TYPED);
    this.trackBurst(char, timeStamp);
    if (this.scanning) {
      if (this.typed.length >= MAX_TYPED) this.scanning = false;
      return 'swallow';
    }
    if (endsWithPayloadPrefix(this.typed)) {
      // From here on only the scan's own keys count (a long search typed before must not cut it).
      this.typed = this.typed.slice(-BADGE_PAYLOAD_PREFIX.length);
      this.scanning = true;
      return 'began';
    }
    return 'pass';
  }

  /** Escape: whatever was being read is dropped (a scanner that never sends Enter must not hold the keyboard). */
  cancel(): void {
    this.reset(-Infinity);
  }

  get isScanning(): boolean {
    return this.scanning;
  }

  /** Enter: the scan, or null when the keys were a person's typing. */
  enter(timeStamp: number): Scan | null {
    const scan = this.scanning ? this.readPayload() : this.readBurst(timeStamp);
    this.reset(timeStamp);
    return scan;
  }

  private readPayload(): Scan {
    return readBadgePayload(this.typed) ?? { kind: 'damaged', text: this.typed };
  }

  private readBurst(timeStamp: number): Scan | null {
    const quick = this.fast && this.burst.length >= MIN_LENGTH && timeStamp - this.last <= MAX_GAP_MS * 3;
    return quick ? { kind: 'burst', code: this.burst, typed: this.typed } : null;
  }

  private trackBurst(char: string, timeStamp: number): void {
    const gap = timeStamp - this.last;
    if (this.burst && gap > MAX_GAP_MS) {
      this.burst = char;
      this.fast = true;
    } else {
      this.fast = this.fast && (this.burst === '' || gap <= MAX_GAP_MS);
      this.burst += char;
    }
    this.last = timeStamp;
  }

  private reset(timeStamp: number): void {
    this.typed = '';
    this.burst = '';
    this.fast = true;
    this.scanning = false;
    this.last = timeStamp;
  }
}

/**
 * The record a scan stands for. A badge's code is looked up as it is; for a bare burst, every key
 * since the last Enter first — when a busy moment split the burst, the whole code is there — then
 * the burst alone (a person had typed something before).
 */
export function resolveScan<T>(scan: Scan, find: (code: string) => T | undefined): T | undefined {
  if (scan.kind === 'damaged') return undefined;
  if (scan.kind === 'badge') return find(scan.code);
  for (const code of [scan.typed.trim(), scan.code]) {
    const found = find(code) ?? find(asLatinKeys(code));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The text to name when a scan finds no one. */
export function scanText(scan: Scan): string {
  return scan.kind === 'damaged' ? scan.text : scan.code;
}
