import { describe, expect, it } from 'vitest';
import { FACT_RULES, factOf, isFactType, mergeRuleOf } from './facts';
import type { EventPayload } from './events';

const updated = (kind: 'vote' | 'election', patch: Record<string, unknown>) =>
  ({ kind, op: 'updated', patch }) as EventPayload;
const attendance = (lastAction: string, op: 'created' | 'updated' = 'updated') =>
  (op === 'created'
    ? { kind: 'attendance', op, fields: { lastAction } }
    : { kind: 'attendance', op, patch: { lastAction } }) as EventPayload;

describe('the facts of the log', () => {
  it('names each step of a counted result', () => {
    expect(factOf(updated('vote', { status: 'open', opened: {} }))).toBe('vote.opened');
    expect(factOf(updated('election', { status: 'closed', closed: {} }))).toBe('election.closed');
    expect(factOf(updated('vote', { status: 'sealed', seals: [] }))).toBe('result.sealed');
    expect(factOf(updated('election', { status: 'counting', reopenings: [] }))).toBe('result.reopened');
    expect(factOf(updated('vote', { status: 'counting', counts: {} }))).toBe('counts.recorded');
    expect(factOf(updated('vote', { counts: {}, corrections: [] }))).toBe('counts.corrected');
    expect(factOf(updated('vote', { rollCall: [] }))).toBe('rollCall.recorded');
    expect(factOf(updated('election', { totals: null }))).toBe('counts.recorded');
    expect(factOf(updated('election', { lots: [] }))).toBe('lots.drawn');
  });

  it('names what happened at the desk from the action recorded', () => {
    expect(factOf(attendance('checkIn', 'created'))).toBe('attendee.checkedIn');
    expect(factOf(attendance('returned'))).toBe('attendee.returned');
    expect(factOf(attendance('left'))).toBe('attendee.left');
    expect(factOf(attendance('undo'))).toBe('attendee.checkInUndone');
  });

  it('names papers and ballots as facts', () => {
    expect(factOf({ kind: 'ballotIssue', op: 'created', fields: {} } as EventPayload)).toBe('ballot.issued');
    expect(factOf({ kind: 'ballotIssue', op: 'deleted' })).toBe('ballot.withdrawn');
    expect(factOf({ kind: 'ballotEntry', op: 'updated', patch: {} } as EventPayload)).toBe('paper.corrected');
    expect(factOf({ kind: 'ballotEntry', op: 'deleted' })).toBe('paper.removed');
  });

  it('gives register data the rule of the last writer, and never a result', () => {
    const phone = { kind: 'attendee', op: 'updated', patch: { phone: '+7 1' } } as EventPayload;
    expect(factOf(phone)).toBe('attendee.updated');
    expect(mergeRuleOf(phone)).toBe('register');
    expect(mergeRuleOf(updated('vote', { title: { zh: '', ru: '', en: 'New' } }))).toBe('register');
    expect(mergeRuleOf(updated('vote', { status: 'sealed', seals: [] }))).toBe('sealing');
    expect(mergeRuleOf(updated('vote', { counts: {} }))).toBe('tellersDecide');
    const deciding = Object.entries(FACT_RULES).filter(([type]) => /^(result|vote|election)\./.test(type));
    expect(deciding.every(([, rule]) => rule === 'sealing')).toBe(true);
  });

  it('knows its own names and no others', () => {
    expect(isFactType('result.sealed')).toBe(true);
    expect(isFactType('constructor')).toBe(false);
    expect(isFactType('vote.updated')).toBe(false);
  });
});
