import type { Attendee, Election, Organisation } from '../../core/domain/entities';
import { inLanguage } from '../../core/domain/trilingual';
import { personName } from '../../core/names/namePolicy';
import type { Language } from '../../locales';
import type { HistoryLookups } from './historyWords';

export interface HistoryRows {
  organisations: Iterable<Organisation>;
  attendees: Iterable<Attendee>;
  elections: Iterable<Election>;
}

const byId = <T extends { id: string }>(rows: Iterable<T>) => new Map([...rows].map((row) => [row.id, row]));

/** Names as the screens show them: an organisation in the reader's language, a person as the attendee list does. */
export function historyLookups(language: Language, rows: HistoryRows): HistoryLookups {
  const organisations = byId(rows.organisations);
  const attendees = byId(rows.attendees);
  const elections = byId(rows.elections);
  const named = (name: string | undefined) => name || undefined;
  return {
    language,
    organisationName: (id) => {
      const organisation = organisations.get(id);
      return organisation && named(inLanguage(organisation.name, language));
    },
    attendeeName: (id) => {
      const attendee = attendees.get(id);
      return attendee && named(personName(attendee, language));
    },
    electionTitle: (id) => {
      const election = elections.get(id);
      return election && named(inLanguage(election.title, language));
    },
  };
}
