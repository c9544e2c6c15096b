import { describe, expect, it } from 'vitest';
import * as entities from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';
import { en } from '../../locales/en';
import { RULE_PRESETS } from '../../rules/counting/presets';
import { endOfDayLog } from '../minutes/testing/assemblyRecord';
import { BADGE_PRESET_IDS } from '../render/badgeTemplates';
import { describeHistory, type HistoryLine } from './describeEvent';
import { historyLookups } from './historyLookups';
import { hasMessage, type Param } from './historyWords';
import { spell } from './testing/spell';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const ISO_TIME = /\d{4}-\d\d-\d\dT/;
const RAW_KEY = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z_]+`);
const CODES = new Set<string>([
  ...entities.GENDERS.filter(Boolean),
  ...entities.ATTENDEE_CATEGORIES,
  ...entities.ORGANISATION_CATEGORIES,
  ...entities.ORGANISATION_STATUSES,
  ...entities.ORGANISER_ROLES,
  ...entities.AGENDA_ITEM_TYPES,
  ...entities.VOTE_STATUSES,
  ...entities.PRESENCE,
  ...BADGE_PRESET_IDS,
  ...Object.keys(RULE_PRESETS),
  ...['scan', 'search', 'walkIn', 'checkIn', 'undo', 'assembly', 'council', 'list', 'ballot', 'showOfHands'],
  ...['rollCall', 'yesNoAbstain', 'yesNo', 'ballots', 'totals', 'fraction', '>', '>=', 'true', 'false'],
]);

/** Every text a line shows as it is (typed values and parameters), whatever language it is read in. */
function shownAsTyped(value: Param): string[] {
  if (typeof value === 'number') return [];
  if (typeof value === 'string') return [value];
  if ('text' in value) return [value.text];
  if ('time' in value) return [];
  if ('list' in value) return value.list.flatMap(shownAsTyped);
  return Object.values(value.params ?? {}).flatMap(shownAsTyped);
}

/** The phrases of some words, nested ones included. */
function keysOf(value: Param): string[] {
  if (typeof value !== 'object' || 'text' in value || 'time' in value) return [];
  if ('list' in value) return value.list.flatMap(keysOf);
  return [value.key, ...Object.values(value.params ?? {}).flatMap(keysOf)];
}

/** What a line would show that a reader cannot read: an id, a code of the program, a machine time. */
function rawValues(line: HistoryLine, ids: ReadonlySet<string>): string[] {
  const shown = [line.sentence, ...line.details.map((d) => d.value)].flatMap(shownAsTyped);
  return shown.filter(
    (value) =>
      ids.has(value) ||
      ULID.test(value) ||
      ISO_TIME.test(value) ||
      CODES.has(value) ||
      value.startsWith('data:') ||
      value.includes('[object'),
  );
}

describe('the history of every record of the demo assembly’s day', () => {
  const { record, commits } = endOfDayLog();
  const events = commits.flatMap((c) => c.events);
  const ids = new Set(events.map((e) => e.entityId));
  const byRecord = new Map<string, DomainEvent[]>();
  for (const event of events) byRecord.set(event.entityId, [...(byRecord.get(event.entityId) ?? []), event]);
  const lookups = historyLookups('en', {
    organisations: record.organisations,
    attendees: record.attendees,
    elections: record.elections,
  });
  const lines = [...byRecord.values()].flatMap((history) => describeHistory(history, lookups));

  it('covers every kind of event the day wrote', () => {
    expect(lines).toHaveLength(events.length);
    const sentences = new Set(lines.map((entry) => entry.line.sentence.key));
    for (const key of ['history.checkedIn', 'history.voteOpened', 'history.sealed', 'history.sealedElection'])
      expect(sentences).toContain(key);
    for (const key of ['history.ballotIssued', 'history.paperEntered', 'history.registered'])
      expect(sentences).toContain(key);
  });

  it('shows no id, no code of the program and no machine time as a value', () => {
    const raw = lines.flatMap(({ event, line }) =>
      rawValues(line, ids).map((value) => `${event.payload.kind}.${event.payload.op}: ${value}`),
    );
    expect([...new Set(raw)]).toEqual([]);
  });

  it('uses only strings every language has, and reads without a raw value in Chinese and Russian', () => {
    for (const { line, author } of lines) {
      for (const key of [line.sentence, author, ...line.details.flatMap((d) => [d.label, d.value])].flatMap(
        keysOf,
      ))
        expect(hasMessage(key), key).toBe(true);
      for (const language of ['zh-CN', 'ru'] as const)
        for (const said of spell(line, language)) {
          expect(said).not.toMatch(RAW_KEY);
          expect(said).not.toMatch(ISO_TIME);
        }
    }
  });

  it('is a check the dialog as it was fails: its raw field values are caught', () => {
    // The dialog showed each field's value as it is stored.
    const asItWas = (event: DomainEvent): HistoryLine => ({
      sentence: { key: 'history.op_created' },
      details: Object.values(event.payload.op === 'created' ? event.payload.fields : {}).map((value) => ({
        label: { key: 'fieldNames.code' },
        value: { text: String(value) },
      })),
    });
    const person = events.find((e) => e.payload.kind === 'attendee' && e.payload.op === 'created')!;
    const arrival = events.find((e) => e.payload.kind === 'attendance')!;
    const caught = [...rawValues(asItWas(person), ids), ...rawValues(asItWas(arrival), ids)];
    expect(caught).toContain('delegate');
    const { organisationId } = record.attendees.find((a) => a.id === person.entityId)!;
    expect(caught).toContain(organisationId);
    expect(caught.some((value) => ISO_TIME.test(value))).toBe(true);
  });
});
