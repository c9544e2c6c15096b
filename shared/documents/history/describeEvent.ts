import type { AnyEntity, EntityKind } from '../../core/domain/entities';
import type { DomainEvent, EventPayload } from '../../core/domain/events';
import { factOf, isFactType } from '../../core/domain/facts';
import { byClock, projectEvent } from '../../core/domain/reducers';
import type { MessageKey } from '../../locales';
import { FACT_WORDS } from './factWords';
import { fieldDetails, fieldLabel, type FieldContext } from './fieldWords';
import {
  deviceWords,
  isTrilingual,
  list,
  say,
  text,
  type HistoryDetail,
  type HistoryLine,
  type HistoryLookups,
  type Phrase,
} from './historyWords';

export type { HistoryDetail, HistoryLine, HistoryLookups, Phrase, Words } from './historyWords';

export interface EventContext {
  lookups: HistoryLookups;
  /** The record as it stood before the event, for what a fact does not carry (the counts a seal seals). */
  previous?: AnyEntity | undefined;
  /** The name each device goes by, for a desk known only by its device (see deviceNamesOf). */
  deviceNames?: ReadonlyMap<string, string>;
}

/** One entry of a record's history: the event, what it did in words, and who did it where. */
export interface HistoryEntry {
  event: DomainEvent;
  line: HistoryLine;
  author: Phrase;
}

const CREATED: Partial<Record<EntityKind, MessageKey>> = {
  attendee: 'history.registered',
  organisation: 'history.registered',
  conference: 'history.eventCreated',
  vote: 'history.draftCreated',
  election: 'history.draftCreated',
};

/** Nothing set: a new record's empty fields are left out of its history. */
const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (isTrilingual(value) && !value.zh && !value.ru && !value.en);

/** The record after the event; without the record before, the event's own fields are all there is. */
function recordAfter(previous: AnyEntity | undefined, event: DomainEvent): AnyEntity | undefined {
  const { payload } = event;
  if (previous || payload.op === 'created') return projectEvent(previous, event);
  return payload.op === 'updated' ? (payload.patch as unknown as AnyEntity) : undefined;
}

function detailsOf(kind: EntityKind, fields: [string, unknown][], context: FieldContext): HistoryDetail[] {
  return fields.flatMap(([field, value]) => fieldDetails(kind, field, value, context));
}

/** A change with no field the history names: a vote's counting starting, or a change of its own state. */
function quietChange(payload: Extract<EventPayload, { op: 'updated' }>): Phrase {
  const counting = (payload.patch as { status?: string }).status === 'counting';
  return say(counting ? 'history.countingStarted' : 'history.op_updated');
}

/** Register data (a name, a phone number, a setting): what was set or changed, field by field. */
function registerLine(payload: EventPayload, context: FieldContext): HistoryLine {
  const { kind } = payload;
  if (payload.op === 'deleted') return { sentence: say('history.op_deleted'), details: [] };
  if (payload.op === 'created') {
    const fields = Object.entries(payload.fields).filter(([, value]) => !isBlank(value));
    return {
      sentence: say(CREATED[kind] ?? 'history.op_created'),
      details: detailsOf(kind, fields, context),
    };
  }
  const fields = Object.entries(payload.patch);
  const labels = fields.flatMap(([field]) => fieldLabel(kind, field) ?? []);
  if (labels.length === 0) return { sentence: quietChange(payload), details: [] };
  return {
    sentence: say('history.changed', { fields: list(labels) }),
    details: detailsOf(kind, fields, context),
  };
}

/**
 * One event in words. The fact is read from the payload, never from the stored type: events
 * written before facts had names carry `kind.op` as their type.
 */
export function describeEvent(
  event: DomainEvent,
  { lookups, previous, deviceNames = new Map() }: EventContext,
): HistoryLine {
  const record = recordAfter(previous, event);
  const fact = factOf(event.payload);
  if (isFactType(fact)) return FACT_WORDS[fact]({ event, previous, record, lookups, deviceNames });
  return registerLine(event.payload, { lookups, previous, record });
}

/** The name each device goes by: the latest desk name written from it, then the names known here. */
export function deviceNamesOf(
  events: readonly DomainEvent[],
  known: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events)
    if (event.actor && event.actor !== event.deviceId) names.set(event.deviceId, event.actor);
  for (const [device, name] of known) if (name) names.set(device, name);
  return names;
}

/** "by Desk 1", or "by Desk 1 on Laptop 2" when the desk and the device go by different names. */
export function authorOf(event: DomainEvent, deviceNames: ReadonlyMap<string, string>): Phrase {
  const device = deviceWords(event.deviceId, deviceNames);
  const ownName = event.actor && event.actor !== event.deviceId ? event.actor : null;
  const sameName = ownName === null || ownName === deviceNames.get(event.deviceId);
  return sameName
    ? say('history.byActor', { actor: ownName === null ? device : text(ownName) })
    : say('history.by', { actor: text(ownName), device });
}

/** A record's history in clock order, each event told with the record as it stood before it. */
export function describeHistory(
  events: readonly DomainEvent[],
  lookups: HistoryLookups,
  knownDevices?: ReadonlyMap<string, string>,
): HistoryEntry[] {
  const ordered = [...events].sort(byClock);
  const deviceNames = deviceNamesOf(ordered, knownDevices);
  const records = new Map<string, AnyEntity | undefined>();
  return ordered.map((event) => {
    const key = `${event.payload.kind}:${event.entityId}`;
    const previous = records.get(key);
    records.set(key, projectEvent(previous, event) ?? previous);
    const line = describeEvent(event, { lookups, previous, deviceNames });
    return { event, line, author: authorOf(event, deviceNames) };
  });
}
