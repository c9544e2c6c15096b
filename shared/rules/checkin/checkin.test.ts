import { describe, expect, it } from 'vitest';
import { checkIn, markLeft, undoLastAction } from './checkInCommands';
import { arrivalSeries, missingMembers, summarisePresence } from './presence';
import { applyTo } from '../../core/domain/testing/memoryLog';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Attendance, Attendee, Organisation } from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const person = (
  id: string,
  organisationId: string | null,
  category: Attendee['category'] = 'delegate',
): Attendee => ({ ...BLANK_ATTENDEE, familyNameZh: id, id, organisationId, category, ...meta });
const org = (id: string, fields: Partial<Organisation>): Organisation => ({
  ...BLANK_ORGANISATION,
  code: id,
  id,
  ...meta,
  ...fields,
});

const desk = (now: string) => ({ desk: 'Desk 1', now });
const liu = person('刘申', 'o1');

describe('check-in', () => {
  it('checks a person in once: a second check-in is refused with the time of the first', () => {
    const first = applyTo<Attendance>(
      undefined,
      checkIn(liu, undefined, 'search', desk('2026-12-10T08:31:00.000Z')),
    );
    expect(first).toMatchObject({
      status: 'present',
      firstCheckInAt: '2026-12-10T08:31:00.000Z',
      checkedInAt: '2026-12-10T08:31:00.000Z',
      lastAction: 'checkIn',
      desk: 'Desk 1',
      method: 'search',
    });
    expect(checkIn(liu, first, 'scan', desk('2026-12-10T08:31:01.000Z'))).toEqual({
      ok: false,
      errors: [
        {
          field: 'form',
          message: 'checkin.already',
          params: { time: '2026-12-10T08:31:00.000Z', desk: 'Desk 1' },
        },
      ],
    });
  });

  it('undoes the last action once, back to where it was', () => {
    const first = applyTo<Attendance>(
      undefined,
      checkIn(liu, undefined, 'search', desk('2026-12-10T08:31:00.000Z')),
    );
    const undone = applyTo(first, undoLastAction(liu, first, desk('2026-12-10T08:32:00.000Z')));
    expect(undone).toMatchObject({
      status: 'absent',
      firstCheckInAt: '',
      checkedInAt: '',
      lastAction: 'undo',
      before: null,
    });
    expect(undoLastAction(liu, undone, desk('x')).ok).toBe(false);
    const again = applyTo(undone, checkIn(liu, undone, 'scan', desk('2026-12-10T08:40:00.000Z')));
    expect(again).toMatchObject({ status: 'present', firstCheckInAt: '2026-12-10T08:40:00.000Z' });
  });

  it('marks someone as left and back, keeping the first arrival', () => {
    const here = applyTo<Attendance>(
      undefined,
      checkIn(liu, undefined, 'search', desk('2026-12-10T08:31:00.000Z')),
    );
    const left = applyTo(here, markLeft(liu, here, desk('2026-12-10T10:00:00.000Z')));
    expect(left).toMatchObject({ status: 'left', leftAt: '2026-12-10T10:00:00.000Z', checkedInAt: '' });
    expect(markLeft(liu, left, desk('x')).ok).toBe(false);
    const back = applyTo(left, checkIn(liu, left, 'scan', desk('2026-12-10T10:20:00.000Z')));
    expect(back).toMatchObject({
      status: 'present',
      lastAction: 'returned',
      firstCheckInAt: '2026-12-10T08:31:00.000Z',
      checkedInAt: '2026-12-10T10:20:00.000Z',
    });
    const undoReturn = applyTo(back, undoLastAction(liu, back, desk('x')));
    expect(undoReturn).toMatchObject({ status: 'left', leftAt: '2026-12-10T10:00:00.000Z' });
  });

  it('refuses someone removed from the list', () => {
    expect(checkIn({ ...liu, deletedAt: 'x' }, undefined, 'scan', desk('x'))).toEqual({
      ok: false,
      errors: [{ field: 'form', message: 'checkin.unknownPerson' }],
    });
  });
});

describe('the live panel', () => {
  const orgs = [
    org('o1', { delegateId: 'd1', substituteId: 's1' }),
    org('o2', { delegateId: 'd2', substituteId: 's2' }),
    org('o3', { delegateId: 'd3' }),
    org('o4', { votingRight: false, weight: 0, status: 'prospective' }),
    org('o5', { delegateId: null }),
  ];
  const people = [
    person('d1', 'o1'),
    person('s1', 'o1'),
    person('d2', 'o2'),
    person('s2', 'o2'),
    person('d3', 'o3'),
    person('g', 'o4', 'guest'),
    person('p', null, 'press'),
  ];
  const here = (...ids: string[]): Attendance[] =>
    ids.map((id) => ({
      id,
      status: 'present',
      firstCheckInAt: '2026-12-10T08:00:00.000Z',
      checkedInAt: 'x',
      leftAt: '',
      lastAction: 'checkIn',
      desk: 'd',
      method: 'scan',
      before: null,
      ...meta,
    }));

  it('counts people by category, organisations represented and delegates (or substitutes) present', () => {
    const summary = summarisePresence(
      people,
      orgs,
      [...here('d1', 's1', 's2', 'g', 'p'), { ...here('d3')[0]!, status: 'left' }],
      { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    );
    expect(summary).toMatchObject({
      registered: 7,
      present: 5,
      members: 4,
      membersRepresented: 2,
      entitled: 4,
      votingPresent: 2,
      // o5 votes but has no delegate accredited: the delegates present are counted against three.
      accredited: 3,
      substitutesVoting: 1,
    });
    expect(summary.presentByCategory).toMatchObject({ delegate: 3, guest: 1, press: 1, staff: 0 });
    // ⅔ of 4 entitled organisations needs 3: two is not quorate.
    expect(summary.quorum).toMatchObject({ required: 3, met: false, present: 2, entitled: 4 });
    expect(
      summarisePresence(people, orgs, here('d1', 'd2', 'd3'), {
        kind: 'fraction',
        numerator: 2,
        denominator: 3,
        comparison: '>=',
      }).quorum.met,
    ).toBe(true);
  });

  it(
    'lists the entitled members whose delegate and substitute are both away, ' +
      'with no delegate accredited included',
    () => {
      const missing = (attendance: Attendance[]) =>
        missingMembers(people, orgs, attendance).map((m) => m.organisation.id);
      expect(missing([])).toEqual(['o1', 'o2', 'o3', 'o5']);
      // o1 by its delegate, o2 by its substitute; o3's delegate left the hall; o4 has no vote.
      expect(missing([...here('d1', 's2'), { ...here('d3')[0]!, status: 'left' }])).toEqual(['o3', 'o5']);
      const [first] = missingMembers(people, orgs, []);
      expect(first?.delegate?.id).toBe('d1');
      expect(first?.substitute?.id).toBe('s1');
      expect(missingMembers(people, orgs, [])[3]?.delegate).toBeUndefined();
    },
  );

  it('buckets first arrivals by ten minutes with a running total', () => {
    const at = (id: string, time: string): Attendance => ({ ...here(id)[0]!, firstCheckInAt: time });
    const series = arrivalSeries([
      at('a', '2026-12-10T08:01:00.000Z'),
      at('b', '2026-12-10T08:09:59.000Z'),
      at('c', '2026-12-10T08:31:00.000Z'),
      { ...at('d', '2026-12-10T08:02:00.000Z'), status: 'absent' },
    ]);
    expect(
      series.map((b) => [new Date(b.start).toISOString().slice(11, 16), b.arrivals, b.cumulative]),
    ).toEqual([
      ['08:00', 2, 2],
      ['08:10', 0, 2],
      ['08:20', 0, 2],
      ['08:30', 1, 3],
    ]);
    expect(arrivalSeries([])).toEqual([]);
  });
});

describe('the check-in log export', () => {
  it('lists every check-in action with person, desk and method', async () => {
    const { checkInLogTable } = await import('../../codecs/export/listExports');
    const events = [
      {
        id: '1',
        conferenceId: 'c',
        entityId: '刘申',
        type: 'attendance.created',
        v: 1,
        deviceId: 'dev-1',
        actor: 'Desk 1',
        hlc: '1',
        at: '2026-12-10T08:00:00.000Z',
        payload: {
          kind: 'attendance',
          op: 'created',
          fields: { lastAction: 'checkIn', method: 'scan', desk: 'Desk 1' },
        },
      },
      {
        id: '2',
        conferenceId: 'c',
        entityId: '刘申',
        type: 'attendance.updated',
        v: 1,
        deviceId: 'dev-2',
        actor: 'Desk 2',
        hlc: '2',
        at: '2026-12-10T08:01:00.000Z',
        payload: { kind: 'attendance', op: 'updated', patch: { lastAction: 'undo', desk: 'Desk 2' } },
      },
      {
        id: '3',
        conferenceId: 'c',
        entityId: 'x',
        type: 'organisation.created',
        v: 1,
        deviceId: 'd',
        actor: 'a',
        hlc: '3',
        at: 't',
        payload: { kind: 'organisation', op: 'created', fields: {} },
      },
    ] as unknown as DomainEvent[];
    const table = checkInLogTable(
      events,
      [{ ...liu, code: 'A00002' }],
      [org('o1', { name: { zh: '哈职院', ru: '', en: '' } })],
      { t: (k) => k, language: 'en', localName: (o) => o.name.zh },
      (iso) => iso.slice(11, 16),
    );
    expect(table.columns.map((c) => c.header)).toEqual([
      'Time',
      'Code',
      'Name',
      'Organisation',
      'Action',
      'How',
      'Desk',
      'Device',
    ]);
    expect(table.rows).toEqual([
      [
        '08:00',
        'A00002',
        '刘申',
        '哈职院',
        'checkin.action_checkIn',
        'checkin.method_scan',
        'Desk 1',
        'dev-1',
      ],
      ['08:01', 'A00002', '刘申', '哈职院', 'checkin.action_undo', '', 'Desk 2', 'dev-2'],
    ]);
  });
});
