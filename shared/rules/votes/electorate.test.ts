import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Attendee, Organisation } from '../../core/domain/entities';
import { MemoryLog } from '../../core/domain/testing/memoryLog';
import { checkIn, markLeft } from '../checkin/checkInCommands';
import { electorateOf } from './electorate';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const person = (id: string, deletedAt: string | null = null): Attendee => ({
  ...BLANK_ATTENDEE,
  familyNameZh: id,
  ...meta,
  id,
  deletedAt,
});
const org = (id: string, fields: Partial<Organisation>): Organisation => ({
  ...BLANK_ORGANISATION,
  code: id,
  ...meta,
  id,
  ...fields,
});

const people = ['d1', 'd2', 's2', 'd3', 'd4', 'd5', 'd6', 'x'].map((id) => person(id));
const gone = person('gone', '2026-12-10T07:00:00.000Z');
const attendees = [...people, gone];
/** Checked in before the record was deleted: the check-in itself refuses deleted people. */
const byId = (id: string) => people.find((a) => a.id === id) ?? person(id);

/** The check-in record after these people came in (and those in `left` went again). */
function hall(present: string[], left: string[] = []) {
  const log = new MemoryLog();
  const desk = { desk: 'Desk 1', now: '2026-12-10T08:00:00.000Z' };
  for (const id of [...present, ...left]) log.apply(checkIn(byId(id), undefined, 'search', desk));
  for (const id of left) log.apply(markLeft(byId(id), log.row('attendance', id), desk));
  return log.all('attendance');
}

describe('the electorate of an assembly vote', () => {
  const organisations = [
    org('o1', { delegateId: 'd1' }),
    org('o2', { delegateId: 'd2', substituteId: 's2' }),
    org('o3', { delegateId: 'd3', votingRight: false }),
    org('o4', { delegateId: 'd4', status: 'prospective' }),
    org('o5', { delegateId: 'd5', deletedAt: '2026-12-10T07:00:00.000Z' }),
    org('o6', { delegateId: 'd6' }),
  ];

  it('counts the member organisations with a vote, present through their delegate or substitute', () => {
    const attendance = hall(['d1', 's2', 'd3', 'd4', 'd5']);
    expect(electorateOf({ body: 'assembly', voterIds: [] }, attendees, organisations, attendance)).toEqual({
      entitled: 3,
      present: 2,
    });
  });

  it('counts an organisation once when both its delegate and substitute are here, and not when they left', () => {
    const both = hall(['d1', 'd2', 's2']);
    expect(electorateOf({ body: 'assembly', voterIds: [] }, attendees, organisations, both)).toEqual({
      entitled: 3,
      present: 2,
    });
    const left = hall(['d6'], ['d1', 'd2']);
    expect(electorateOf({ body: 'assembly', voterIds: [] }, attendees, organisations, left)).toEqual({
      entitled: 3,
      present: 1,
    });
  });

  it('ignores the voter list of an assembly vote', () => {
    const attendance = hall(['d1']);
    expect(
      electorateOf({ body: 'assembly', voterIds: ['x', 'd6'] }, attendees, organisations, attendance),
    ).toEqual({ entitled: 3, present: 1 });
  });
});

describe('the electorate of a vote by list', () => {
  it('counts the live people on the list, and those of them present', () => {
    const attendance = hall(['d1', 'x', 'gone'], ['d2']);
    const vote = { body: 'list' as const, voterIds: ['d1', 'd2', 'd3', 'gone', 'unknown'] };
    // d1 present, d2 left, d3 never came; the deleted and the unknown are not on the register.
    expect(electorateOf(vote, attendees, [], attendance)).toEqual({ entitled: 3, present: 1 });
  });

  it('gives nothing for an empty list', () => {
    expect(electorateOf({ body: 'list', voterIds: [] }, attendees, [], hall(['d1']))).toEqual({
      entitled: 0,
      present: 0,
    });
  });
});
