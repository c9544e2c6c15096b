import { ATTENDEE_CATEGORIES, ORGANISATION_CATEGORIES, type Attendee } from '../../../core/domain/entities';
import { summarisePresence, type PresenceSummary } from '../../../rules/checkin/presence';
import type { Language } from '../../../rules/elections/electionTexts';
import type { Translators } from '../minutesRecord';
import type { MinutesSection, MinutesTable } from '../minutesSections';
import type { SectionContext } from './sectionContext';

/** Attendance and quorum: the figures, then the members and the attendees by category. */
export function attendanceSection(context: SectionContext): MinutesSection {
  const { record, t, section } = context;
  const summary = summarisePresence(
    record.attendees,
    record.organisations,
    record.attendance,
    record.conference.quorum,
  );
  const present = new Set(record.attendance.filter((a) => a.status === 'present').map((a) => a.id));
  const liveAttendees = record.attendees.filter((a) => !a.deletedAt);
  return section('attendance', 'minutes.section_attendance', (l) => attendanceText(summary, l, t), [
    membersTable(context, liveAttendees, present),
    attendeesTable(context, liveAttendees, present),
  ]);
}

/** The attendance figures, then whether the assembly has its quorum. */
function attendanceText(summary: PresenceSummary, l: Language, t: Translators): string {
  const quorum = summary.quorum;
  const rule =
    quorum.setting.kind === 'none'
      ? ''
      : t[l](quorum.setting.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan', {
          fraction: `${quorum.setting.numerator}/${quorum.setting.denominator}`,
        });
  const quorumLine =
    quorum.setting.kind === 'none'
      ? t[l]('minutes.noQuorumRule')
      : t[l](quorum.met ? 'checkin.quorate' : 'checkin.notQuorate', {
          present: quorum.present,
          rule,
          entitled: quorum.entitled,
          required: quorum.required ?? 0,
        });
  const attendance = t[l]('minutes.attendanceText', {
    members: summary.members,
    represented: summary.membersRepresented,
    entitled: summary.entitled,
    voting: summary.votingPresent,
    present: summary.present,
    registered: summary.registered,
  });
  return `${attendance} ${quorumLine}`;
}

/** The member organisations by category, and how many of them someone present represents. */
function membersTable(
  { record, cellLabel }: SectionContext,
  liveAttendees: Attendee[],
  present: Set<string>,
): MinutesTable {
  const represented = new Set(
    liveAttendees.filter((a) => present.has(a.id) && a.organisationId).map((a) => a.organisationId),
  );
  const members = record.organisations.filter((o) => !o.deletedAt && o.status === 'member');
  return {
    title: cellLabel('minutes.membersByCategory').replace('\n', ' / '),
    columns: [
      { header: cellLabel('minutes.colCategory'), width: 0.5 },
      { header: cellLabel('minutes.colMembers'), width: 0.25, align: 'right' },
      { header: cellLabel('minutes.colRepresented'), width: 0.25, align: 'right' },
    ],
    rows: ORGANISATION_CATEGORIES.map((category) => ({
      category,
      all: members.filter((o) => o.category === category),
    }))
      .filter((r) => r.all.length)
      .map((r) => [
        cellLabel(`organisationCategories.${r.category}`),
        String(r.all.length),
        String(r.all.filter((o) => represented.has(o.id)).length),
      ]),
  };
}

/** The attendees by category: how many registered, how many are present. */
function attendeesTable(
  { cellLabel }: SectionContext,
  liveAttendees: Attendee[],
  present: Set<string>,
): MinutesTable {
  return {
    title: cellLabel('minutes.attendeesByCategory').replace('\n', ' / '),
    columns: [
      { header: cellLabel('minutes.colCategory'), width: 0.5 },
      { header: cellLabel('minutes.colRegistered'), width: 0.25, align: 'right' },
      { header: cellLabel('minutes.colPresent'), width: 0.25, align: 'right' },
    ],
    rows: ATTENDEE_CATEGORIES.map((category) => ({
      category,
      all: liveAttendees.filter((a) => a.category === category),
    }))
      .filter((r) => r.all.length)
      .map((r) => [
        cellLabel(`attendeeCategories.${r.category}`),
        String(r.all.length),
        String(r.all.filter((a) => present.has(a.id)).length),
      ]),
  };
}
