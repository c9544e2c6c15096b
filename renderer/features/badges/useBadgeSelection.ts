import { useMemo, useState } from 'react';
import type {
  Attendee,
  AttendeeCategory,
  BadgePrint,
  Organisation,
} from '../../../shared/core/domain/entities';
import { selectForPrinting, type BadgeSelection } from '../../../shared/documents/badges/badgePrints';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';

/** Which badges to print: the choice as the form holds it, and the attendees it selects. */
export interface BadgeChoice {
  mode: BadgeSelection['kind'];
  setMode: (mode: BadgeSelection['kind']) => void;
  personQuery: string;
  setPersonQuery: (query: string) => void;
  category: AttendeeCategory;
  setCategory: (category: AttendeeCategory) => void;
  /** The attendees whose badges would be printed, in print order. */
  chosen: Attendee[];
}

export function useBadgeSelection(
  attendees: Attendee[] | undefined,
  organisations: Organisation[] | undefined,
  prints: ReadonlyMap<string, BadgePrint> | undefined,
): BadgeChoice {
  const [mode, setMode] = useState<BadgeSelection['kind']>('all');
  const [personQuery, setPersonQuery] = useState('');
  const [category, setCategory] = useState<AttendeeCategory>('delegate');

  const index = useMemo(
    () => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null),
    [attendees, organisations],
  );
  const person = useMemo(
    () => (index && personQuery ? index.search(personQuery, 1)[0]?.attendeeId : undefined),
    [index, personQuery],
  );
  const selection: BadgeSelection =
    mode === 'one'
      ? { kind: 'one', attendeeId: person ?? '' }
      : mode === 'category'
        ? { kind: 'category', category }
        : { kind: mode };
  // `selection` is a new object on every render: what it is made of (mode, person, category) is the dependency.
  const chosen = useMemo(
    () => (attendees && prints ? selectForPrinting(attendees, prints, selection) : []),
    [attendees, prints, mode, person, category],
  );

  return { mode, setMode, personQuery, setPersonQuery, category, setCategory, chosen };
}
