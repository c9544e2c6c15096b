/** A barcode/QR scanner types the code in a burst, a few ms a key, then Enter; a person does not. */
// Scanners send keys a few ms apart (a Shift for capitals can add tens of ms); people type 100 ms or more apart.
export const MAX_GAP_MS = 60;
export const MIN_LENGTH = 4;

/**
 * Watches key presses (with their time stamps) and says, at each Enter, whether the keys before
 * it were a scanner's burst, returning the code. Pure: the desk feeds it keyboard events.
 */
export class ScanDetector {
  private text = '';
  private last = -Infinity;
  private fast = true;

  /** A printable key; returns nothing. */
  key(char: string, timeStamp: number): void {
    const gap = timeStamp - this.last;
    if (this.text && gap > MAX_GAP_MS) {
      this.text = char;
      this.fast = true;
    } else {
      this.fast = this.fast && (this.text === '' || gap <= MAX_GAP_MS);
      this.text += char;
    }
    this.last = timeStamp;
  }

  /** Enter: the scanned code, or null when the keys were typed by a person. */
  enter(timeStamp: number): string | null {
    const scanned = this.fast && this.text.length >= MIN_LENGTH && timeStamp - this.last <= MAX_GAP_MS * 3 ? this.text : null;
    this.text = '';
    this.fast = true;
    this.last = timeStamp;
    return scanned;
  }
}
