import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../core/domain/facts';
import { sealedVoteSteps } from './testing/venueFixtures';
import {
  isTellersFact,
  isVenueRole,
  mayRecord,
  maySend,
  refusedByRole,
  TELLERS_FACTS,
  type Roster,
} from './roles';

const roster: Roster = new Map([
  ['desk-1', { role: 'desk', revoked: false }],
  ['tellers-1', { role: 'tellers', revoked: false }],
  ['secretariat-1', { role: 'secretariat', revoked: false }],
]);

describe("the tellers' facts", () => {
  it('are the figures, the papers, the seals and their reopening, and nothing a desk records', () => {
    expect([...TELLERS_FACTS].sort()).toEqual([
      'counts.corrected',
      'counts.recorded',
      'lots.drawn',
      'paper.corrected',
      'paper.entered',
      'paper.removed',
      'result.reopened',
      'result.sealed',
      'rollCall.recorded',
    ]);
    for (const fact of [
      'attendee.checkedIn',
      'attendee.left',
      'badge.printed',
      'ballot.issued',
      'vote.opened',
    ])
      expect(TELLERS_FACTS.has(fact as never), fact).toBe(false);
    for (const fact of TELLERS_FACTS) expect(FACT_TYPES).toContain(fact);
  });

  it("knows a tellers' fact by its type; register data is none", () => {
    expect(isTellersFact({ type: 'result.sealed' })).toBe(true);
    expect(isTellersFact({ type: 'attendee.checkedIn' })).toBe(false);
    expect(isTellersFact({ type: 'vote.created' })).toBe(false);
    expect(isTellersFact({ type: 'toString' as never })).toBe(false);
  });

  it('names the roles there are', () => {
    for (const role of ['desk', 'badges', 'tellers', 'secretariat']) expect(isVenueRole(role)).toBe(true);
    for (const role of ['admin', 'Desk', '', null, 1]) expect(isVenueRole(role)).toBe(false);
  });
});

describe('refusedByRole', () => {
  it('refuses a seal recorded on a desk and accepts it from the tellers', () => {
    const onDesk = sealedVoteSteps('desk-1');
    expect(refusedByRole(onDesk.seal, roster)).toEqual({ eventId: onDesk.seal.id, type: 'result.sealed' });
    expect(refusedByRole(onDesk.counts, roster)).toEqual({
      eventId: onDesk.counts.id,
      type: 'counts.recorded',
    });
    const onTellers = sealedVoteSteps('tellers-1');
    expect(refusedByRole(onTellers.seal, roster)).toBeNull();
    expect(refusedByRole(onTellers.counts, roster)).toBeNull();
  });

  it('refuses a seal from a laptop the roster does not know, or knows as the secretariat', () => {
    expect(refusedByRole(sealedVoteSteps('stranger').seal, roster)).not.toBeNull();
    expect(refusedByRole(sealedVoteSteps('secretariat-1').seal, roster)).not.toBeNull();
  });

  it('lets anything else through from any laptop, known or not', () => {
    const onDesk = sealedVoteSteps('desk-1');
    for (const commit of [onDesk.create, onDesk.open, onDesk.close])
      expect(refusedByRole(commit, roster)).toBeNull();
    expect(refusedByRole(sealedVoteSteps('stranger').create, new Map())).toBeNull();
  });

  it("names the first of a commit's events that is refused", () => {
    const { open, seal } = sealedVoteSteps('desk-1');
    const mixed = { ...open, events: [...open.events, ...seal.events] };
    expect(refusedByRole(mixed, roster)?.eventId).toBe(seal.events[0]!.id);
  });
});

describe('maySend', () => {
  it("lets only the tellers' laptops send a commit with a tellers' fact", () => {
    const { create, counts, seal } = sealedVoteSteps('tellers-1');
    expect(maySend('tellers', seal)).toBe(true);
    expect(maySend('tellers', counts)).toBe(true);
    for (const role of ['desk', 'badges', 'secretariat'] as const) {
      expect(maySend(role, seal), role).toBe(false);
      expect(maySend(role, counts), role).toBe(false);
      expect(maySend(role, create), role).toBe(true);
    }
  });
});

describe('mayRecord', () => {
  const seal = { payload: { kind: 'vote', op: 'updated', patch: { status: 'sealed' } } } as never;
  const checkIn = {
    payload: { kind: 'attendance', op: 'created', fields: { lastAction: 'checkIn', status: 'present' } },
  } as never;

  it('lets only a tellers’ laptop on the network record a seal', () => {
    expect(mayRecord('desk', [seal])).toBe(false);
    expect(mayRecord('secretariat', [checkIn, seal])).toBe(false);
    expect(mayRecord('tellers', [seal])).toBe(true);
  });

  it('lets every laptop record a check-in, and a laptop off the network record anything', () => {
    expect(mayRecord('desk', [checkIn])).toBe(true);
    expect(mayRecord(null, [seal])).toBe(true);
  });
});
