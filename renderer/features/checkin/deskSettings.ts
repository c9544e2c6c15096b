import { useState } from 'react';

export type ScanAction = 'checkIn' | 'show';

const SCAN_KEY = 'plenum.scanAction';
const LARGE_KEY = 'plenum.deskLarge';
const DESK_KEY = 'plenum.deskName';
const SITTING_KEY = 'plenum.deskSitting.';

function stored<T extends string>(key: string, fallback: T): T {
  return (localStorage.getItem(key) as T | null) ?? fallback;
}

/**
 * The desk's own settings, kept on this computer: its name (written into every event), scan
 * behaviour, large type, and the sitting it checks in to (per event; the assembly's until chosen).
 */
export function useDeskSettings(conferenceId = '') {
  const [deskName, setDeskNameState] = useState<string>(() => stored<string>(DESK_KEY, ''));
  const [scanAction, setScanActionState] = useState<ScanAction>(() =>
    stored<ScanAction>(SCAN_KEY, 'checkIn'),
  );
  const [large, setLargeState] = useState(() => localStorage.getItem(LARGE_KEY) === 'true');
  const [sittingId, setSittingState] = useState<string | null>(() =>
    localStorage.getItem(SITTING_KEY + conferenceId),
  );
  return {
    deskName,
    scanAction,
    large,
    /** Null until chosen: the desk then follows the assembly's sitting. */
    sittingId,
    setDeskName: (name: string) => {
      localStorage.setItem(DESK_KEY, name);
      setDeskNameState(name);
    },
    setScanAction: (action: ScanAction) => {
      localStorage.setItem(SCAN_KEY, action);
      setScanActionState(action);
    },
    setLarge: (value: boolean) => {
      localStorage.setItem(LARGE_KEY, String(value));
      setLargeState(value);
    },
    setSittingId: (id: string) => {
      localStorage.setItem(SITTING_KEY + conferenceId, id);
      setSittingState(id);
    },
  };
}
