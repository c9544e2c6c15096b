import { useLayoutEffect, useRef } from 'react';

/** A barcode/QR scanner types the code in a burst, a few ms a key, then Enter; a person does not. */
const MAX_GAP_MS = 40;
const MIN_LENGTH = 4;

/**
 * Recognises scanner bursts from any focused state on the page and hands over the code. Keys
 * typed at human speed are left alone.
 */
export function useScanner(onScan: (code: string) => void): void {
  const buffer = useRef<{ text: string; last: number; fast: boolean }>({ text: '', last: 0, fast: true });
  const handler = useRef(onScan);
  handler.current = onScan;

  // Listening from before the first paint: a scan made as soon as the desk shows is not cut short.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The event's own time stamp, not the time it is handled: a busy page must not split a scan.
      const now = event.timeStamp;
      const state = buffer.current;
      if (event.key === 'Enter') {
        const scanned = state.fast && state.text.length >= MIN_LENGTH && now - state.last <= MAX_GAP_MS * 3;
        const code = state.text;
        buffer.current = { text: '', last: now, fast: true };
        if (scanned) {
          event.preventDefault();
          event.stopPropagation();
          handler.current(code);
        }
        return;
      }
      if (event.key.length !== 1 || event.ctrlKey || event.altKey || event.metaKey) return;
      const gap = now - state.last;
      if (state.text && gap > MAX_GAP_MS) buffer.current = { text: event.key, last: now, fast: true };
      else buffer.current = { text: state.text + event.key, last: now, fast: state.fast && (state.text === '' || gap <= MAX_GAP_MS) };
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
