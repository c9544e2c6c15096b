import { useEffect } from 'react';

/**
 * User Timing marks (`plenum:…`) at the moments people wait for: a file read and checked, an
 * import saved, a list on screen. The benchmarks read them; DevTools shows them on any machine.
 */
export function markTiming(name: string): void {
  performance.mark(`plenum:${name}`);
}

/** Marks the first frame painted after `ready` becomes true. */
export function useMarkWhenPainted(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => markTiming(name));
    return () => cancelAnimationFrame(frame);
  }, [name, ready]);
}
