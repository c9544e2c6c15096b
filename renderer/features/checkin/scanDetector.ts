/** A barcode/QR scanner types the code in a burst, a few ms a key, then Enter; a person does not. */
// Scanners send keys a few ms apart (a Shift for capitals can add tens of ms); people type 100 ms or more apart.
export const MAX_GAP_MS = 60;
export const MIN_LENGTH = 4;
const MAX_TYPED = 64;

/** A scan: the fast burst before Enter, and every key since the last Enter (a busy page can split a burst). */
export interface Scan {
  code: string;
  typed: string;
}

/**
 * Watches key presses (with their time stamps) and says, at each Enter, whether the keys before
 * it were a scanner's burst. Pure: the desk feeds it keyboard events.
 */
export class ScanDetector {
  private text = '';
  private typed = '';
  private last = -Infinity;
  private fast = true;

  /** A printable key; returns nothing. */
  key(char: string, timeStamp: number): void {
    const gap = timeStamp - this.last;
    this.typed = (this.typed + char).slice(-MAX_TYPED);
    if (this.text && gap > MAX_GAP_MS) {
      this.text = char;
      this.fast = true;
    } else {
      this.fast = this.fast && (this.text === '' || gap <= MAX_GAP_MS);
      this.text += char;
    }
    this.last = timeStamp;
  }

  /** Enter: the scan, or null when the keys were typed by a person. */
  enter(timeStamp: number): Scan | null {
    const scanned = this.fast && this.text.length >= MIN_LENGTH && timeStamp - this.last <= MAX_GAP_MS * 3 ? { code: this.text, typed: this.typed } : null;
    this.text = '';
    this.typed = '';
    this.fast = true;
    this.last = timeStamp;
    return scanned;
  }
}

/**
 * The record a scan stands for: every key since the last Enter first — when a busy moment split
 * the burst, the whole code is there — then the burst alone (a person had typed something before).
 */
export function resolveScan<T>(scan: Scan, find: (code: string) => T | undefined): T | undefined {
  return find(scan.typed.trim()) ?? find(scan.code);
}
