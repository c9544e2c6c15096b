import { useMemo, useRef, useState } from 'react';
import type { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';

/**
 * The search box and the person shown: the one picked (or found by an input), else the active hit.
 * The box is cleared when an input is taken, not when its write is done.
 */
export function useDeskSearch(index: AttendeeSearchIndex | null) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shownId, setShownId] = useState<string | null>(null);
  const hits = useMemo(() => (index ? index.search(query) : []), [index, query]);
  // Typing for the next person wins over a card that an earlier, slower action would show.
  const typing = useRef(0);

  const selectedId = shownId ?? hits[active]?.attendeeId ?? null;

  /** Empties the box; the count of edits so far tells, later, whether anyone has typed since. */
  const clearSearch = () => {
    setQuery('');
    setActive(0);
    return typing.current;
  };

  const showUnlessTyped = (id: string, typedAt: number) => {
    if (typing.current === typedAt) setShownId(id);
  };

  return {
    query,
    active,
    hits,
    selectedId,
    setActive,
    typeQuery: (text: string) => {
      typing.current++;
      setQuery(text);
      setActive(0);
      setShownId(null);
    },
    show: (id: string | null) => setShownId(id),
    clearSearch,
    showUnlessTyped,
  };
}

export type DeskSearch = ReturnType<typeof useDeskSearch>;
