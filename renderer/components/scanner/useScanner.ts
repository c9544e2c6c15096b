import { useLayoutEffect, useRef } from 'react';
import { ScanDetector, type Scan } from './scanDetector';

/**
 * Recognises scans from any focused state on the page and hands each one over, in order. The keys
 * of a badge's payload never reach the focused field; keys typed by a person are left alone.
 * `onBegan` is told when a payload has begun (the field may hold the prefix's first letters).
 */
export function useScanner(onScan: (scan: Scan) => void, onBegan?: () => void): void {
  const handlers = useRef({ onScan, onBegan });
  handlers.current = { onScan, onBegan };

  // Listening from before the first paint: a scan made as soon as the screen shows is not cut short.
  useLayoutEffect(() => {
    const detector = new ScanDetector();
    const keep = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      // The event's own time stamp, not the time it is handled: a busy page must not split a burst.
      if (event.key === 'Enter') {
        const scan = detector.enter(event.timeStamp);
        if (!scan) return;
        keep(event);
        // From the scanner's Enter, whenever the page got to it: what the benchmarks time.
        performance.mark('plenum:scan:enter', { startTime: event.timeStamp });
        handlers.current.onScan(scan);
      } else if (event.key === 'Escape' && detector.isScanning) {
        detector.cancel();
        keep(event);
      } else if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
        const verdict = detector.key(event.key, event.timeStamp);
        if (verdict === 'pass') return;
        keep(event);
        if (verdict === 'began') handlers.current.onBegan?.();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
