import type { EntityKind } from './entities';
import type { EntityEventType, EventPayload } from './events';

/**
 * How two laptops' facts of one type combine when their logs are merged.
 * - `set`: every fact is kept and counts (ballots issued, badges printed, papers entered).
 * - `latest`: the latest by clock is the state, every earlier one stays in the log (presence at the
 *   desk: a check-in, then a leaving).
 * - `firstWins`: the earliest by clock stands; a later one for the same thing is kept and shown as a
 *   conflict (a ballot issued twice for one seat, a conflict decided twice).
 * - `tellersDecide`: the same figure recorded differently on two laptops is a conflict the tellers
 *   decide; nothing is chosen for them.
 * - `sealing`: decides or seals a result. A sealed result takes no fact but its reopening, whatever
 *   the clocks say; a fact that arrives for it is held out of it and shown as a conflict.
 * - `register`: register data (a name, a phone number, a setting): the last writer by clock wins.
 */
export type MergeRule = 'set' | 'latest' | 'firstWins' | 'tellersDecide' | 'sealing' | 'register';

/** Every fact the log records, named for what happened, with its merge rule. */
export const FACT_RULES = {
  'attendee.checkedIn': 'latest',
  'attendee.returned': 'latest',
  'attendee.left': 'latest',
  'attendee.checkInUndone': 'latest',
  'badge.printed': 'set',
  'ballot.issued': 'firstWins',
  'ballot.withdrawn': 'firstWins',
  'paper.entered': 'tellersDecide',
  'paper.corrected': 'tellersDecide',
  'paper.removed': 'tellersDecide',
  'counts.recorded': 'tellersDecide',
  'counts.corrected': 'tellersDecide',
  'rollCall.recorded': 'tellersDecide',
  'lots.drawn': 'tellersDecide',
  'vote.opened': 'sealing',
  'vote.closed': 'sealing',
  'election.opened': 'sealing',
  'election.closed': 'sealing',
  'result.sealed': 'sealing',
  'result.reopened': 'sealing',
  'conflict.found': 'set',
  'conflict.decided': 'firstWins',
} as const satisfies Record<string, Exclude<MergeRule, 'register'>>;

export type FactType = keyof typeof FACT_RULES;

/** Register data keeps the names it always had (`organisation.updated`): its rule is `register`. */
export type EventType = FactType | EntityEventType;

export const FACT_TYPES = Object.keys(FACT_RULES) as FactType[];

export function isFactType(type: string): type is FactType {
  return Object.hasOwn(FACT_RULES, type);
}

type Fields = Record<string, unknown>;

const PRESENCE_FACTS: Record<string, FactType> = {
  checkIn: 'attendee.checkedIn',
  returned: 'attendee.returned',
  left: 'attendee.left',
  undo: 'attendee.checkInUndone',
};

const STATUS_FACTS: Record<'vote' | 'election', Record<string, FactType>> = {
  vote: { open: 'vote.opened', closed: 'vote.closed', sealed: 'result.sealed' },
  election: { open: 'election.opened', closed: 'election.closed', sealed: 'result.sealed' },
};

function resultFact(kind: 'vote' | 'election', patch: Fields): FactType | null {
  if ('reopenings' in patch) return 'result.reopened';
  const byStatus = typeof patch.status === 'string' ? STATUS_FACTS[kind][patch.status] : undefined;
  if (byStatus) return byStatus;
  if ('corrections' in patch) return 'counts.corrected';
  if ('lots' in patch) return 'lots.drawn';
  if ('rollCall' in patch) return 'rollCall.recorded';
  if ('counts' in patch || 'ballots' in patch || 'totals' in patch) return 'counts.recorded';
  return null;
}

const KIND_FACTS: Partial<Record<EntityKind, Partial<Record<EventPayload['op'], FactType>>>> = {
  badgePrint: { created: 'badge.printed', updated: 'badge.printed' },
  ballotIssue: { created: 'ballot.issued', updated: 'ballot.issued', deleted: 'ballot.withdrawn' },
  ballotEntry: { created: 'paper.entered', updated: 'paper.corrected', deleted: 'paper.removed' },
  conflict: { created: 'conflict.found', updated: 'conflict.decided' },
};

/** The fields an event sets: all of them when it creates its record, its patch when it updates it. */
export function changedFields(payload: EventPayload): Fields {
  if (payload.op === 'created') return payload.fields as unknown as Fields;
  if (payload.op === 'updated') return payload.patch as Fields;
  return {};
}

function registerType(payload: EventPayload): EntityEventType {
  return `${payload.kind}.${payload.op}` as EntityEventType;
}

/**
 * What an event states happened, read from what it changes: the type the log stores it under and
 * its merge rule is found by. Archives of format 1 named every event `kind.op`; reading them
 * through this names their facts the same way.
 */
export function factOf(payload: EventPayload): EventType {
  const fields = changedFields(payload);
  const { kind, op } = payload;
  if (kind === 'attendance' && op !== 'deleted')
    return PRESENCE_FACTS[String(fields.lastAction)] ?? 'attendee.checkedIn';
  const byKind = KIND_FACTS[kind]?.[op];
  if (byKind) return byKind;
  if ((kind === 'vote' || kind === 'election') && op === 'updated')
    return resultFact(kind, fields) ?? registerType(payload);
  return registerType(payload);
}

export function mergeRuleOf(payload: EventPayload): MergeRule {
  const type = factOf(payload);
  return isFactType(type) ? FACT_RULES[type] : 'register';
}
