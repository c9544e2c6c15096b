import type { Commit, DomainEvent } from '../../core/domain/events';
import { ENTITY_KINDS } from '../../core/domain/entityKinds';
import { clockProblem, decodeHlc } from '../../core/domain/hlc';
import { commitSchema, type ArchiveProblem } from './archiveFormat';
import { issuesOf, Refusal, refuse, shown } from './refusal';

// One commit's checks, the same for a line of an archive's log and for a commit another laptop sends.

const KNOWN_KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);
/** `${kind}.${op}`, or a fact's name: which names exist is the store's business, not the archive's. */
const EVENT_TYPE = /^[a-zA-Z]+\.[a-zA-Z]+$/;

function checkClock(clock: string, line: number, now: number): void {
  const problem = clockProblem(clock, now);
  if (problem === 'unreadable') refuse({ code: 'badClock', line, clock: shown(clock) });
  if (problem === 'farAhead') {
    const date = new Date(decodeHlc(clock).wall).toISOString();
    refuse({ code: 'clockAhead', line, clock, date });
  }
}

/** An object of fields as JSON gives one, with no key that would set a prototype where it is copied by assignment. */
const isPlainRecord = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, '__proto__');

function checkPayload(payload: DomainEvent['payload'], line: number): void {
  if (payload.op === 'created' && !isPlainRecord(payload.fields))
    refuse({ code: 'badPayload', line, field: 'fields' });
  if (payload.op === 'updated' && !isPlainRecord(payload.patch))
    refuse({ code: 'badPayload', line, field: 'patch' });
}

function checkEvent(event: DomainEvent, line: number, seenEvents: Set<string>, now: number): void {
  if (seenEvents.has(event.id)) refuse({ code: 'duplicateEvent', line, id: shown(event.id) });
  seenEvents.add(event.id);
  if (!KNOWN_KINDS.has(event.payload.kind))
    refuse({ code: 'unknownKind', line, kind: shown(event.payload.kind) });
  if (!EVENT_TYPE.test(event.type)) refuse({ code: 'badEventType', line, type: shown(event.type) });
  checkClock(event.hlc, line, now);
  checkPayload(event.payload, line);
}

/** Events in clock order, and the commit's clock and records its events': the store indexes commits by both. */
function checkCommitAgreesWithEvents(commit: Commit, line: number): void {
  const { events } = commit;
  if (events.some((event, i) => i > 0 && event.hlc < events[i - 1]!.hlc))
    refuse({ code: 'eventOrder', line });
  if (commit.hlc !== events[0]!.hlc) refuse({ code: 'commitClock', line });
  const named = new Set(commit.entityIds);
  const changed = new Set(events.map((e) => e.entityId));
  if (
    named.size !== commit.entityIds.length ||
    named.size !== changed.size ||
    [...changed].some((id) => !named.has(id))
  )
    refuse({ code: 'commitEntities', line });
}

export interface Seen {
  commits: Set<string>;
  events: Set<string>;
}

export function checkCommit(
  commit: Commit,
  line: number,
  conferenceId: string,
  seen: Seen,
  now: number,
): void {
  if (commit.conferenceId !== conferenceId || commit.events.some((e) => e.conferenceId !== conferenceId))
    refuse({ code: 'otherEvent', line });
  if (seen.commits.has(commit.id)) refuse({ code: 'duplicateCommit', line, id: shown(commit.id) });
  seen.commits.add(commit.id);
  for (const event of commit.events) checkEvent(event, line, seen.events, now);
  checkCommitAgreesWithEvents(commit, line);
}

/**
 * One commit as another laptop sends it (the venue network), checked as a line of an archive is:
 * its shape, its event, its kinds, its clocks and payloads. The first problem, or null.
 */
export function commitProblem(json: unknown, conferenceId: string, now: number): ArchiveProblem | null {
  try {
    const parsed = commitSchema.safeParse(json);
    if (!parsed.success) refuse({ code: 'badLine', line: 1, detail: issuesOf(parsed.error) });
    checkCommit(
      parsed.data as unknown as Commit,
      1,
      conferenceId,
      { commits: new Set(), events: new Set() },
      now,
    );
    return null;
  } catch (error) {
    if (error instanceof Refusal) return error.problem;
    throw error;
  }
}
