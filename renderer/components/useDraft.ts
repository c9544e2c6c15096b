import { useState } from 'react';

/**
 * What a teller is typing, kept on this computer on every change (not after a pause): leaving the
 * screen or a reload brings it back. The log gets it too as soon as it is valid (the form saves).
 */
export function useDraft<T>(key: string, initial: () => T): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial() : (JSON.parse(stored) as T);
    } catch {
      return initial();
    }
  });
  const set = (next: T) => {
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // A full local store must not stop the typing: the log still gets every valid figure.
    }
    setValue(next);
  };
  const clear = () => localStorage.removeItem(key);
  return [value, set, clear];
}
