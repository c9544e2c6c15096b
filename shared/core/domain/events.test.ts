import { describe, expect, it } from 'vitest';
import { commitOf, eventType, type DomainEvent, type EventPayload } from './events';

function event(id: string, entityId: string, payload: EventPayload): DomainEvent {
  return {
    id,
    conferenceId: 'c1',
    entityId,
    type: eventType(payload),
    v: 1,
    deviceId: 'd',
    actor: 'a',
    hlc: `hlc-${id}`,
    at: `t${id}`,
    payload,
  };
}

const deleted = (kind: EventPayload['kind']): EventPayload => ({ kind, op: 'deleted' });

describe('the type of an event', () => {
  it('names register data by the kind of record and the operation', () => {
    expect(eventType({ kind: 'attendee', op: 'deleted' })).toBe('attendee.deleted');
    expect(eventType({ kind: 'vote', op: 'updated', patch: { title: { zh: '', ru: '', en: 'x' } } })).toBe(
      'vote.updated',
    );
  });

  it('names a fact for what happened', () => {
    expect(eventType({ kind: 'ballotEntry', op: 'created', fields: {} as never })).toBe('paper.entered');
    expect(eventType({ kind: 'vote', op: 'updated', patch: { status: 'sealed', seals: [] } })).toBe(
      'result.sealed',
    );
  });
});

describe('a commit', () => {
  it('takes its id and clock from its first event, and names every record once, in order', () => {
    const events = [
      event('E3', 'a2', deleted('attendee')),
      event('E4', 'o1', deleted('organisation')),
      event('E5', 'a2', deleted('attendance')),
      event('E6', 'a1', deleted('attendee')),
    ];
    const commit = commitOf(events);
    expect(commit).toEqual({
      id: 'E3',
      conferenceId: 'c1',
      hlc: 'hlc-E3',
      entityIds: ['a2', 'o1', 'a1'],
      events,
    });
  });

  it('keeps its own copy of the events', () => {
    const events = [event('E1', 'a1', deleted('attendee'))];
    const commit = commitOf(events);
    events.push(event('E2', 'a2', deleted('attendee')));
    expect(commit.events).toHaveLength(1);
    expect(commit.entityIds).toEqual(['a1']);
  });

  it('is refused without events', () => {
    expect(() => commitOf([])).toThrow('a commit needs at least one event');
  });
});
