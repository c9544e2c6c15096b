import { ORGANISER_ROLES, type Conference } from '../../../core/domain/entities';
import type { Language } from '../../../rules/elections/electionTexts';
import { organisationNameIn } from '../../../core/names/namePolicy';
import { inLanguage } from '../minutesRecord';
import type { MinutesSection } from '../minutesSections';
import type { SectionContext } from './sectionContext';

/** The event's name, dates and venue. */
export function openingSection({ record, t, section }: SectionContext): MinutesSection {
  const { conference } = record;
  return section('opening', 'minutes.section_opening', (l) =>
    t[l]('minutes.openingText', {
      event: inLanguage(conference.name, l),
      date: dateText(conference, l) || '—',
      venue: inLanguage(conference.venue, l) || '—',
    }),
  );
}

/** The event's dates in the language's long form: one day, or the first and the last. */
function dateText(conference: Conference, language: Language): string {
  const format = (iso: string) =>
    iso ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`)) : '';
  const [start, end] = [format(conference.startDate), format(conference.endDate)];
  return end && end !== start ? `${start} – ${end}` : start;
}

/** Who organised the event, one sentence per role. */
export function organisersSection({ record, t, section }: SectionContext): MinutesSection {
  const organisers = record.organisers.filter((o) => !o.deletedAt).sort((a, b) => a.order - b.order);
  return section(
    'organisers',
    'minutes.section_organisers',
    (l) =>
      ORGANISER_ROLES.map((role) => ({
        role,
        names: organisers.filter((o) => o.role === role).map((o) => organisationNameIn(o.name, l)),
      }))
        .filter((r) => r.names.length)
        .map((r) =>
          t[l]('minutes.organisersLine', {
            role: t[l](`organiserRoles.${r.role}`),
            names: r.names.join(t[l]('minutes.listSeparator')),
          }),
        )
        .join(' ') || t[l]('minutes.noOrganisers'),
  );
}

/** The agenda: time, item and speaker of each point. */
export function agendaSection({ record, t, section, cellLabel, name }: SectionContext): MinutesSection {
  const agenda = record.agenda.filter((a) => !a.deletedAt).sort((a, b) => a.order - b.order);
  return section(
    'agenda',
    'minutes.section_agenda',
    (l) => t[l]('minutes.agendaText', { n: agenda.length }),
    [
      {
        columns: [
          { header: cellLabel('minutes.colTime'), width: 0.16 },
          { header: cellLabel('minutes.colItem'), width: 0.5 },
          { header: cellLabel('minutes.colSpeaker'), width: 0.34 },
        ],
        rows: agenda.map((a) => [
          a.startsAt.replace('T', ' '),
          `${cellLabel(`agendaTypes.${a.type}`)}\n${name(a.title)}`,
          a.speaker,
        ]),
      },
    ],
  );
}

/** The expert committee: name, role and organisation of each member. */
export function expertsSection({ record, t, section, cellLabel, name }: SectionContext): MinutesSection {
  const committee = record.committee.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order);
  return section(
    'experts',
    'minutes.section_experts',
    (l) =>
      committee.length ? t[l]('minutes.expertsText', { n: committee.length }) : t[l]('minutes.noExperts'),
    [
      {
        columns: [
          { header: cellLabel('committee.name'), width: 0.3 },
          { header: cellLabel('committee.role'), width: 0.3 },
          { header: cellLabel('committee.organisation'), width: 0.4 },
        ],
        rows: committee.map((m) => [name(m.name), name(m.role), name(m.organisation)]),
      },
    ],
  );
}

export function closingSection({ t, section }: SectionContext): MinutesSection {
  return section('closing', 'minutes.section_closing', (l) => t[l]('minutes.closingText'));
}
