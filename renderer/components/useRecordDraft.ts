import { useEffect, useRef } from 'react';
import { useDraft } from './useDraft';

/**
 * What a teller types for a record (a vote's counts, an election's totals): kept as typed on this
 * computer, and in step with the record. The values this form sent come back through the log and
 * are recognised as its own (a slower save never undoes newer typing); a value set elsewhere — a
 * merge, a decided conflict, another screen — replaces what is shown. Once the record holds what
 * is typed, the local copy is dropped.
 */
export function useRecordDraft<T>(
  key: string,
  fromRecord: () => T,
  recordJson: string,
  typedJson: (text: T) => string | null,
) {
  const [text, setText, clear] = useDraft<T>(key, fromRecord);
  const sent = useRef<string[]>([]);
  const previous = useRef(recordJson);
  // Only a change of the record runs this (the typing and the callers' functions are read as they are then).
  useEffect(() => {
    if (recordJson === previous.current) return;
    previous.current = recordJson;
    const own = sent.current.indexOf(recordJson);
    if (own >= 0) sent.current.splice(0, own + 1);
    else if (typedJson(text) !== recordJson) setText(fromRecord());
  }, [recordJson]);
  // Once the record holds what is typed; `typedJson` and `clear` need not be stable.
  useEffect(() => {
    if (typedJson(text) === recordJson) clear();
  }, [text, recordJson]);
  return {
    text,
    setText,
    /** Call with what is about to be saved, so that it is known when it comes back. */
    sending: (json: string) => sent.current.push(json),
  };
}
