import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE, BLANK_CONFERENCE, BLANK_ORGANISATION } from '../../../core/domain/blanks';
import type { Attendee, Conference, Organisation } from '../../../core/domain/entities';
import { MemoryLog } from '../../../core/domain/testing/memoryLog';
import { translatorFor } from '../../../locales';
import { checkIn, markLeft } from '../../../rules/checkin/checkInCommands';
import type { MinutesRecord } from '../minutesRecord';
import { attendanceSection } from './attendanceSection';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const meta = (id: string, deletedAt: string | null = null) => ({
  id,
  conferenceId: 'c',
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt,
});
const org = (id: string, fields: Partial<Organisation>): Organisation => ({
  ...BLANK_ORGANISATION,
  ...meta(id),
  code: id,
  ...fields,
});
const person = (
  id: string,
  organisationId: string | null,
  category: Attendee['category'] = 'delegate',
): Attendee => ({
  ...BLANK_ATTENDEE,
  ...meta(id),
  familyNameZh: id,
  organisationId,
  category,
});

const organisations = [
  org('o1', { category: 'higherVocationalCollege', delegateId: 'd1' }),
  org('o2', { category: 'higherVocationalCollege', delegateId: 'd2' }),
  org('o3', { category: 'russianInstitution', delegateId: 'd3', substituteId: 's3' }),
  org('o4', { category: 'russianInstitution', delegateId: 'd4', votingRight: false }),
  org('p1', { category: 'media', status: 'prospective' }),
  { ...org('o9', { category: 'media' }), deletedAt: '2026-12-01T00:00:00.000Z' },
];
const attendees = [
  person('d1', 'o1'),
  person('d2', 'o2'),
  person('d3', 'o3'),
  person('s3', 'o3'),
  person('d4', 'o4'),
  person('g1', null, 'guest'),
  person('g2', 'p1', 'guest'),
  { ...person('gone', 'o2', 'staff'), deletedAt: '2026-12-01T00:00:00.000Z' },
];

/** The record after d1, s3, d4 and g1 came in, and d2 came and left. */
function record(quorum: Conference['quorum']): MinutesRecord {
  const log = new MemoryLog();
  const desk = { desk: 'Desk 1', now: '2026-12-10T08:00:00.000Z' };
  for (const id of ['d1', 's3', 'd4', 'g1', 'd2'])
    log.apply(
      checkIn(
        attendees.find((a) => a.id === id),
        undefined,
        'search',
        desk,
      ),
    );
  log.apply(
    markLeft(
      attendees.find((a) => a.id === 'd2')!,
      log.row('attendance', 'd2'),
      desk,
    ),
  );
  return {
    conference: { ...BLANK_CONFERENCE, ...meta('c'), quorum },
    organisations,
    attendees,
    attendance: log.all('attendance'),
    minutes: undefined,
  } as unknown as MinutesRecord;
}
const twoThirds = { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' } as const;

describe('the attendance section', () => {
  it('gives the figures of the members, the voting delegates and the attendees, then the quorum', () => {
    const section = attendanceSection(sectionContext(record(twoThirds), ['en'], t));
    expect(section.key).toBe('attendance');
    expect(section.paragraphs[0]!.text).toBe(
      'Of the 4 member organisations, 3 were represented; ' +
        '2 of the 3 member organisations with a vote had their voting delegate present. ' +
        '4 of the 7 registered attendees were in the hall. ' +
        'Quorate: 2 present; at least 2/3 of 3 needs 2.',
    );
  });

  it('says when the assembly is not quorate, and words a "more than" rule', () => {
    const section = attendanceSection(
      sectionContext(record({ kind: 'fraction', numerator: 3, denominator: 4, comparison: '>' }), ['en'], t),
    );
    expect(section.paragraphs[0]!.text).toMatch(/ Not quorate: 2 present; more than 3\/4 of 3 needs 3\.$/);
  });

  it('does not speak of a quorum reached when there is no rule', () => {
    const text = attendanceSection(sectionContext(record({ kind: 'none' }), ['en'], t)).paragraphs[0]!.text;
    expect(text.startsWith('Of the 4 member organisations, 3 were represented;')).toBe(true);
    expect(text).not.toMatch(/quorate/i);
    expect(text.endsWith(' No quorum rule was set.')).toBe(true);
  });

  it('tables the members and the attendees by category, leaving out empty categories', () => {
    const [members, people] = attendanceSection(sectionContext(record(twoThirds), ['en'], t)).tables;
    expect(members!.title).toBe('Member organisations by category');
    expect(members!.columns.map((c) => c.header)).toEqual(['Category', 'Members', 'Represented']);
    // o2's delegate left, so o2 is not represented; o4 is represented though it has no vote.
    expect(members!.rows).toEqual([
      ['Russian institution', '2', '2'],
      ['Higher vocational college', '2', '1'],
    ]);
    expect(people!.columns.map((c) => c.header)).toEqual(['Category', 'Registered', 'Present']);
    expect(people!.rows).toEqual([
      ['Delegate', '5', '3'],
      ['Guest', '2', '1'],
    ]);
  });

  it('words the table titles and cells in each of the minutes’ languages', () => {
    const [members] = attendanceSection(sectionContext(record(twoThirds), ['zh-CN', 'ru'], t)).tables;
    expect(members!.title).toBe('会员单位（按类别） / Организации-члены по категориям');
    expect(members!.rows[0]![0]).toBe('俄方院校\nРоссийское учебное заведение');
  });
});
