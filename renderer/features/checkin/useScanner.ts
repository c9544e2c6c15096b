import { useLayoutEffect, useRef } from 'react';
import { ScanDetector, type Scan } from './scanDetector';

/**
 * Recognises scanner bursts from any focused state on the page and hands over the code. Keys
 * typed at human speed are left alone.
 */
export function useScanner(onScan: (scan: Scan) => void): void {
  const handler = useRef(onScan);
  handler.current = onScan;

  // Listening from before the first paint: a scan made as soon as the desk shows is not cut short.
  useLayoutEffect(() => {
    const detector = new ScanDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      // The event's own time stamp, not the time it is handled: a busy page must not split a scan.
      if (event.key === 'Enter') {
        const scan = detector.enter(event.timeStamp);
        if (scan) {
          event.preventDefault();
          event.stopPropagation();
          handler.current(scan);
        }
      } else if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) detector.key(event.key, event.timeStamp);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
