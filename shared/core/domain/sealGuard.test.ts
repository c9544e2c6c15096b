import { describe, expect, it } from 'vitest';
import { admitEvents } from './sealGuard';
import { replayEvents } from './reducers';
import type { DomainEvent, EventPayload } from './events';

let n = 0;
function event(entityId: string, payload: EventPayload, conferenceId = 'c1'): DomainEvent {
  n += 1;
  return {
    id: `e${n}`,
    conferenceId,
    entityId,
    type: 'vote.updated',
    v: 1,
    deviceId: 'd',
    actor: 'a',
    hlc: String(n).padStart(6, '0'),
    at: 'T',
    payload,
  };
}
const patch = (kind: string, p: object) => ({ kind, op: 'updated', patch: p }) as EventPayload;
const sealed = (kind: string) =>
  patch(kind, { status: 'sealed', seals: [{ fingerprint: 'f', at: 'T', by: 'd' }] });
const reopened = (kind: string) =>
  patch(kind, { status: 'counting', reopenings: [{ reason: 'r', at: 'T', by: 'd' }] });
const counts = (yes: number) => patch('vote', { status: 'counting', counts: { yes } });
const paper = (electionId: string) =>
  ({ kind: 'ballotEntry', op: 'created', fields: { electionId, paper: 1 } }) as unknown as EventPayload;

describe('a sealed result takes no fact but its reopening', () => {
  it('holds counts and edits that come after the seal, and admits them again after a reopening', () => {
    const log = [
      event('v1', { kind: 'vote', op: 'created', fields: { status: 'draft' } } as unknown as EventPayload),
      event('v1', counts(60)),
      event('v1', sealed('vote')),
      event('v1', counts(40)),
      event('v1', patch('vote', { title: { zh: '', ru: '', en: 'x' } })),
      event('v1', reopened('vote')),
      event('v1', counts(55)),
    ];
    const { admitted, held } = admitEvents(log);
    expect(held.map((e) => e.id)).toEqual([log[3]!.id, log[4]!.id]);
    expect(admitted).toHaveLength(5);
    expect(replayEvents(log).get('v1')).toMatchObject({ status: 'counting', counts: { yes: 55 } });
  });

  it('holds the papers and ballots of a sealed election, and a deletion of the result', () => {
    const log = [
      event('el', { kind: 'election', op: 'created', fields: {} } as unknown as EventPayload),
      event('p1', paper('el')),
      event('el', sealed('election')),
      event('p2', paper('el')),
      event('p1', { kind: 'ballotEntry', op: 'deleted' }),
      event('el', { kind: 'election', op: 'deleted' }),
      event('p3', paper('other')),
    ];
    expect(admitEvents(log).held.map((e) => e.entityId)).toEqual(['p2', 'p1', 'el']);
  });
});

describe('a record belongs to its event', () => {
  it('is not changed by an event of another one that names its id', () => {
    const log = [
      event('v1', { kind: 'vote', op: 'created', fields: { status: 'draft' } } as unknown as EventPayload),
      event('v1', counts(99), 'other-event'),
      event('v1', { kind: 'vote', op: 'deleted' }, 'other-event'),
    ];
    expect(replayEvents(log).get('v1')).toMatchObject({
      conferenceId: 'c1',
      status: 'draft',
      deletedAt: null,
    });
  });
});
