import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { projectEvent, replayEvents, rowKey } from './reducers';
import type { AnyEntity } from './entities';
import type { DomainEvent, EventPayload } from './events';

function event(entityId: string, hlc: string, payload: EventPayload): DomainEvent {
  return {
    id: hlc,
    conferenceId: 'c',
    entityId,
    type: `${payload.kind}.${payload.op}` as DomainEvent['type'],
    v: 1,
    deviceId: 'd',
    actor: 'a',
    hlc,
    at: `t${hlc}`,
    payload,
  };
}

const organiserCreated = (name: string): EventPayload => ({
  kind: 'organiser',
  op: 'created',
  fields: { role: 'hostedBy', order: 1, name: { zh: name, ru: '', en: '' } },
});

describe('projection reducer', () => {
  it('creates, patches and soft-deletes a record', () => {
    const created = projectEvent(undefined, event('o1', '1', organiserCreated('哈职院')));
    expect(created).toMatchObject({
      id: 'o1',
      conferenceId: 'c',
      role: 'hostedBy',
      version: '1',
      deletedAt: null,
      createdAt: 't1',
    });
    const patched = projectEvent(
      created,
      event('o1', '2', { kind: 'organiser', op: 'updated', patch: { order: 7 } }),
    );
    expect(patched).toMatchObject({
      order: 7,
      role: 'hostedBy',
      version: '2',
      updatedAt: 't2',
      createdAt: 't1',
    });
    const deleted = projectEvent(patched, event('o1', '3', { kind: 'organiser', op: 'deleted' }));
    expect(deleted).toMatchObject({ order: 7, deletedAt: 't3' });
  });

  it('ignores a patch or delete of a record it never saw, and a second creation', () => {
    expect(projectEvent(undefined, event('x', '1', { kind: 'organiser', op: 'deleted' }))).toBeUndefined();
    expect(
      projectEvent(undefined, event('x', '1', { kind: 'organiser', op: 'updated', patch: { order: 1 } })),
    ).toBeUndefined();
    const first = projectEvent(undefined, event('o1', '1', organiserCreated('A')));
    expect(projectEvent(first, event('o1', '2', organiserCreated('B')))).toBe(first);
  });

  it('replays a log in clock order whatever order it is read in, giving the rows built live', () => {
    const step = fc.oneof(
      fc.record({
        op: fc.constant('created' as const),
        id: fc.constantFrom('a', 'b', 'c'),
        name: fc.string({ maxLength: 3 }),
      }),
      fc.record({
        op: fc.constant('updated' as const),
        id: fc.constantFrom('a', 'b', 'c'),
        order: fc.integer({ min: 0, max: 9 }),
      }),
      fc.record({ op: fc.constant('deleted' as const), id: fc.constantFrom('a', 'b', 'c') }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer(), (steps, seed) => {
        const log = steps.map((s, i) => {
          const hlc = String(i).padStart(4, '0');
          if (s.op === 'created') return event(s.id, hlc, organiserCreated(s.name));
          if (s.op === 'updated')
            return event(s.id, hlc, { kind: 'organiser', op: 'updated', patch: { order: s.order } });
          return event(s.id, hlc, { kind: 'organiser', op: 'deleted' });
        });
        const live = new Map<string, AnyEntity>();
        for (const e of log) {
          const next = projectEvent(live.get(e.entityId), e);
          if (next) live.set(e.entityId, next);
        }
        const shuffled = [...log].sort(
          (x, y) => ((Number(x.hlc) * 7919 + seed) % 31) - ((Number(y.hlc) * 7919 + seed) % 31),
        );
        expect(replayEvents(shuffled)).toEqual(live);
      }),
    );
  });
});

describe('replayEvents keeps records that share an id apart', () => {
  it('a check-in at the main sitting never lands on the person’s own record', () => {
    const person = event('p1', '1', {
      kind: 'attendee',
      op: 'created',
      fields: { familyNameZh: '赵' },
    } as unknown as EventPayload);
    const arrived = event('p1', '2', {
      kind: 'attendance',
      op: 'created',
      fields: { status: 'present', desk: 'Desk 1' },
    } as unknown as EventPayload);
    const rows = replayEvents([arrived, person]);
    expect(rows.get(rowKey(person))).toMatchObject({ familyNameZh: '赵' });
    expect(rows.get(rowKey(person))).not.toHaveProperty('status');
    expect(rows.get(rowKey(arrived))).toMatchObject({ status: 'present', desk: 'Desk 1' });
    expect(rowKey(arrived)).not.toBe(rowKey(person));
  });
});
