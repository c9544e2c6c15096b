import type { Attendee, Organisation } from '../../../shared/core/domain/entities';
import {
  chineseDisplayName,
  cyrillicDisplayName,
  latinDisplayName,
} from '../../../shared/core/names/latinName';
import { namesOf } from '../../app/names';
import { foldForSearch } from '../../components/organisationFilter';

export interface AttendeeRow {
  attendee: Attendee;
  name: string;
  otherNames: string;
  organisationName: string;
  haystack: string;
}

/** Rows for the attendee list, each with the folded text that the list's filter searches. */
export function buildAttendeeRows(
  attendees: readonly Attendee[],
  organisations: ReadonlyMap<string, Organisation>,
  orgName: (o: Organisation) => string,
): AttendeeRow[] {
  return attendees.map((attendee) => {
    const zh = chineseDisplayName(attendee);
    const cyr = cyrillicDisplayName(attendee);
    const latin = latinDisplayName(attendee);
    const org = attendee.organisationId ? organisations.get(attendee.organisationId) : undefined;
    const organisationName = org ? orgName(org) : '';
    const names = namesOf(attendee);
    return {
      attendee,
      name: names[0] ?? '',
      otherNames: names.slice(1).join(' · '),
      organisationName,
      haystack: foldForSearch(
        [
          attendee.code,
          zh,
          cyr,
          latin,
          organisationName,
          org?.name.zh ?? '',
          org?.name.ru ?? '',
          org?.name.en ?? '',
          attendee.position,
          attendee.phone,
        ].join('\u0001'),
      ),
    };
  });
}

export function filterAttendeeRows(
  rows: readonly AttendeeRow[],
  query: string,
  category: string,
): readonly AttendeeRow[] {
  const q = foldForSearch(query).replaceAll('ё', 'е');
  if (!q && category === 'all') return rows;
  return rows.filter(
    (r) =>
      (category === 'all' || r.attendee.category === category) &&
      (!q || r.haystack.replaceAll('ё', 'е').includes(q)),
  );
}
