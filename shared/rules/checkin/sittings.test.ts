import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE } from '../../core/domain/blanks';
import type { Attendance, Attendee, Conference } from '../../core/domain/entities';
import { MemoryLog } from '../../core/domain/testing/memoryLog';
import { checkIn, markLeft } from './checkInCommands';
import {
  assemblySittingId,
  attendanceAt,
  attendanceId,
  saveSittings,
  sittingsOf,
  type Sitting,
} from './sittings';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const conference = (fields: Partial<Conference> = {}): Conference =>
  ({
    ...meta,
    id: 'c',
    name: { zh: '大会', ru: '', en: '' },
    venue: { zh: '', ru: '', en: '' },
    startDate: '',
    endDate: '',
    quorum: { kind: 'none' },
    ...fields,
  }) as Conference;
const day2: Sitting = { id: 's2', name: { zh: '研讨会', ru: 'Семинар', en: 'Seminar' }, date: '2026-12-11' };
const main: Sitting = { id: '', name: { zh: '', ru: '', en: '' }, date: '' };
const liu: Attendee = { ...BLANK_ATTENDEE, familyNameZh: '刘', givenNameZh: '申', id: 'a1', ...meta };

describe('sittings', () => {
  it('gives an event of one sitting its main sitting, which is the assembly’s', () => {
    expect(sittingsOf(conference()).map((s) => s.id)).toEqual(['']);
    expect(assemblySittingId(conference())).toBe('');
    expect(attendanceId('a1', '')).toBe('a1');
    expect(attendanceId('a1', 's2')).toBe('a1@s2');
  });

  it('keeps attendance apart per sitting: present at the seminar is not present at the assembly', () => {
    const log = new MemoryLog();
    log.apply(
      checkIn(liu, undefined, 'scan', { desk: 'Desk 1', now: '2026-12-11T09:00:00.000Z', sittingId: 's2' }),
    );
    const all = log.all('attendance');
    expect(attendanceAt(all, 's2').map((a) => [a.id, a.status])).toEqual([['a1', 'present']]);
    expect(attendanceAt(all, '')).toEqual([]);
    log.apply(checkIn(liu, undefined, 'search', { desk: 'Desk 2', now: '2026-12-11T10:00:00.000Z' }));
    const seminar = log.row('attendance', 'a1@s2')!;
    log.apply(markLeft(liu, seminar, { desk: 'Desk 1', now: '2026-12-11T11:00:00.000Z', sittingId: 's2' }));
    const after = log.all('attendance');
    expect(attendanceAt(after, 's2')[0]?.status).toBe('left');
    expect(attendanceAt(after, '')[0]?.status).toBe('present');
  });

  it('reads records written before sittings as the main sitting’s', () => {
    const old = {
      id: 'a1',
      status: 'present',
      firstCheckInAt: 'x',
      checkedInAt: 'x',
      leftAt: '',
      lastAction: 'checkIn',
      desk: 'd',
      method: 'scan',
      before: null,
      ...meta,
    } as Attendance;
    expect(attendanceAt([old], '')).toEqual([old]);
    expect(attendanceAt([old], 's2')).toEqual([]);
  });

  it(
    'saves sittings and the assembly’s choice; refuses a nameless one, ' +
      'an unknown assembly and dropping one with check-ins',
    () => {
      const none = () => 0;
      const saved = saveSittings(conference(), [main, day2], 's2', none);
      expect(saved.ok && saved.events[0]?.payload).toMatchObject({
        op: 'updated',
        patch: { sittings: [main, day2], assemblySittingId: 's2' },
      });
      const nameless = saveSittings(
        conference(),
        [main, { ...day2, name: { zh: '', ru: '', en: '' } }],
        '',
        none,
      );
      expect(nameless).toEqual({
        ok: false,
        errors: [{ field: 'sittings.1.name', message: 'errors.sittingNameRequired' }],
      });
      expect(saveSittings(conference(), [main, day2], 'nowhere', none)).toMatchObject({
        ok: false,
        errors: [{ field: 'assemblySittingId' }],
      });
      const withDay2 = conference({ sittings: [main, day2] });
      expect(saveSittings(withDay2, [main], '', (id) => (id === 's2' ? 12 : 0))).toEqual({
        ok: false,
        errors: [{ field: 'sittings', message: 'errors.sittingHasAttendance', params: { n: 12 } }],
      });
      expect(saveSittings(withDay2, [main], '', none).ok).toBe(true);
      expect(saveSittings(conference(), [main, { ...day2, date: '11.12.2026' }], '', none)).toMatchObject({
        ok: false,
        errors: [{ field: 'sittings.1.date' }],
      });
    },
  );
});
