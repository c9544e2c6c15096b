import type { Attendee, AttendanceFields, Organisation } from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';
import { personName } from '../../core/names/namePolicy';
import { chineseDisplayName, cyrillicDisplayName } from '../../core/names/latinName';
import type { Table } from './spreadsheet';
import { columnHeader, type ExportColumnId, type ExportLanguage } from './columnNames';

/** The exports are written in the UI language. */
export type { Translate } from '../../locales';
import type { Translate } from '../../locales';

export interface ExportLabels {
  t: Translate;
  language: ExportLanguage;
  /** An organisation's name in the export's language. */
  localName: (o: Organisation) => string;
}

function headers(ids: ExportColumnId[], language: ExportLanguage): Table['columns'] {
  return ids.map((id) => ({ header: columnHeader(id, language) }));
}

export function attendeeTable(
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  { t, language, localName }: ExportLabels,
): Table {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const delegateOf = new Set(organisations.flatMap((o) => (o.delegateId ? [o.delegateId] : [])));
  const substituteOf = new Set(organisations.flatMap((o) => (o.substituteId ? [o.substituteId] : [])));
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return {
    sheetName: t('exports.attendeesSheet'),
    columns: headers(
      [
        'code',
        'nameZh',
        'familyNameZh',
        'givenNameZh',
        'nameCyr',
        'familyNameLatin',
        'givenNameLatin',
        'organisation',
        'organisationCode',
        'position',
        'category',
        'votingDelegate',
        'substitute',
        'gender',
        'phone',
        'email',
        'notes',
      ],
      language,
    ),
    rows: attendees
      .filter((a) => !a.deletedAt)
      .map((a) => {
        const org = a.organisationId ? byId.get(a.organisationId) : undefined;
        return [
          a.code,
          chineseDisplayName(a),
          a.familyNameZh,
          a.givenNameZh,
          cyrillicDisplayName(a),
          a.familyNameLatin,
          a.givenNameLatin,
          org ? localName(org) : '',
          org?.code ?? '',
          a.position,
          t(`attendeeCategories.${a.category}`),
          yesNo(delegateOf.has(a.id)),
          yesNo(substituteOf.has(a.id)),
          a.gender ? t(`genders.${a.gender}`) : '',
          a.phone,
          a.email,
          a.notes,
        ];
      }),
  };
}

export function organisationTable(
  organisations: readonly Organisation[],
  attendees: readonly Attendee[],
  { t, language }: ExportLabels,
): Table {
  const names = new Map(attendees.map((a) => [a.id, personName(a, language)]));
  return {
    sheetName: t('exports.organisationsSheet'),
    columns: headers(
      [
        'code',
        'orgNameZh',
        'orgNameRu',
        'orgNameEn',
        'orgCategory',
        'region',
        'country',
        'status',
        'votingRight',
        'weight',
        'delegate',
        'substituteName',
        'contactName',
        'contactPhone',
        'contactEmail',
      ],
      language,
    ),
    rows: organisations
      .filter((o) => !o.deletedAt)
      .map((o) => [
        o.code,
        o.name.zh,
        o.name.ru,
        o.name.en,
        t(`organisationCategories.${o.category}`),
        o.region,
        o.country,
        t(`organisationStatuses.${o.status}`),
        o.votingRight ? t('common.yes') : t('common.no'),
        o.weight,
        o.delegateId ? (names.get(o.delegateId) ?? '') : '',
        o.substituteId ? (names.get(o.substituteId) ?? '') : '',
        o.contactName,
        o.contactPhone,
        o.contactEmail,
      ]),
  };
}

/**
 * Attendance by organisation: people registered, whether the voting delegate is registered, and —
 * given the check-in record — who is present and whether the organisation is represented.
 */
export function attendanceTable(
  organisations: readonly Organisation[],
  attendees: readonly Attendee[],
  { t, language, localName }: ExportLabels,
  present?: (attendeeId: string) => boolean,
): Table {
  const live = attendees.filter((a) => !a.deletedAt);
  const byOrg = new Map<string, Attendee[]>();
  for (const a of live) {
    if (!a.organisationId) continue;
    const list = byOrg.get(a.organisationId) ?? [];
    list.push(a);
    byOrg.set(a.organisationId, list);
  }
  const names = new Map(live.map((a) => [a.id, personName(a, language)]));
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  const ids: ExportColumnId[] = [
    'code',
    'organisation',
    'orgCategory',
    'status',
    'registered',
    'delegate',
    'delegateRegistered',
    'substituteName',
  ];
  if (present) ids.push('present', 'represented', 'delegatePresent', 'substitutePresent');
  return {
    sheetName: t('exports.attendanceSheet'),
    columns: headers(ids, language),
    rows: organisations
      .filter((o) => !o.deletedAt)
      .map((o) => {
        const people = byOrg.get(o.id) ?? [];
        const row: (string | number)[] = [
          o.code,
          localName(o),
          t(`organisationCategories.${o.category}`),
          t(`organisationStatuses.${o.status}`),
          people.length,
          o.delegateId ? (names.get(o.delegateId) ?? '') : '',
          yesNo(!!o.delegateId && names.has(o.delegateId)),
          o.substituteId ? (names.get(o.substituteId) ?? '') : '',
        ];
        if (present) {
          const presentCount = people.filter((p) => present(p.id)).length;
          row.push(
            presentCount,
            yesNo(presentCount > 0),
            yesNo(!!o.delegateId && present(o.delegateId)),
            yesNo(!!o.substituteId && present(o.substituteId)),
          );
        }
        return row;
      }),
  };
}

/** The check-in log: every check-in, return, departure and undo, in the order they happened. */
export function checkInLogTable(
  events: readonly DomainEvent[],
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  { t, language, localName }: ExportLabels,
  formatTime: (iso: string) => string,
): Table {
  const people = new Map(attendees.map((a) => [a.id, a]));
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const rows = events
    .filter((e) => e.payload.kind === 'attendance')
    .map((e) => {
      const { payload } = e;
      const fields = (
        payload.op === 'created' ? payload.fields : payload.op === 'updated' ? payload.patch : {}
      ) as Partial<AttendanceFields>;
      const person = people.get(e.entityId);
      const org = person?.organisationId ? orgs.get(person.organisationId) : undefined;
      return [
        formatTime(e.at),
        person?.code ?? '',
        person ? personName(person, language) : '',
        org ? localName(org) : '',
        fields.lastAction ? t(`checkin.action_${fields.lastAction}`) : '',
        fields.method ? t(`checkin.method_${fields.method}`) : '',
        fields.desk ?? e.actor,
        e.deviceId,
      ];
    });
  return {
    sheetName: t('exports.checkInLogSheet'),
    columns: headers(
      ['time', 'code', 'name', 'organisation', 'action', 'method', 'desk', 'device'],
      language,
    ),
    rows,
  };
}
