import { useEffect, useRef } from 'react';
import type { Desk } from './useDesk';

/** Alt+U, Alt+L and Alt+B act on the person shown wherever the focus is on the desk (not in a dialog). */
export function useDeskShortcuts(desk: Desk, print: (id: string) => void) {
  const latest = useRef({ desk, print });
  latest.current = { desk, print };
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const { desk: current, print: printOne } = latest.current;
      const id = current.selectedId;
      const key =
        event.code === 'KeyU' ? 'u' : event.code === 'KeyL' ? 'l' : event.code === 'KeyB' ? 'b' : '';
      if (!id || !key) return;
      event.preventDefault();
      if (key === 'u') current.undo(id);
      else if (key === 'l') current.markLeft(id);
      else printOne(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
