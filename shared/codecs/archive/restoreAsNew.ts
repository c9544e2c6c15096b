import { commitOf, type Commit, type DomainEvent, type PlannedEvent } from '../../core/domain/events';
import { isPagedKind } from '../../core/domain/entityKinds';
import { newId } from '../../core/domain/ids';

/**
 * The archive's log as a new event beside the original: a new event id, new ids for every event
 * and for the records kept in tables of their own (and every reference to them), the same ids for
 * organisations and attendees (kept per event). Clocks, devices and contents stay as they were,
 * so every count and result is the same and every seal verifies.
 */
export function asNewEvent(
  commits: readonly Commit[],
  newConferenceId: string = newId(),
): { conferenceId: string; commits: Commit[] } {
  const oldConferenceId = commits[0]?.conferenceId ?? '';
  const ids = new Map<string, string>([[oldConferenceId, newConferenceId]]);
  for (const commit of commits)
    for (const e of commit.events)
      // Records kept a record each under their own id need ids of their own in the copy.
      if (!isPagedKind(e.payload.kind) && !ids.has(e.entityId)) ids.set(e.entityId, newId());
  const id = (value: string) => ids.get(value) ?? value;
  const remapFields = (fields: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...fields };
    for (const key of ['electionId', 'councilElectionId', 'rootElectionId', 'parentElectionId'] as const)
      if (typeof out[key] === 'string') out[key] = id(out[key] as string);
    // The minutes name sections after the records they come from: "vote:<id>", "election:<id>".
    const section = (key: string) =>
      key.replace(/^(vote|election):(.+)$/, (_, kind: string, rest: string) => `${kind}:${id(rest)}`);
    if (out.paragraphs && typeof out.paragraphs === 'object')
      out.paragraphs = Object.fromEntries(
        Object.entries(out.paragraphs as Record<string, unknown>).map(([k, v]) => [section(k), v]),
      );
    if (Array.isArray(out.freeSections))
      out.freeSections = (out.freeSections as { after: string }[]).map((s) => ({
        ...s,
        after: section(s.after),
      }));
    // A conflict names its vote or election, and holds the events each choice would write.
    if (typeof out.recordId === 'string') out.recordId = id(out.recordId);
    if (Array.isArray(out.choices))
      out.choices = (out.choices as { events: PlannedEvent[] }[]).map((c) => ({
        ...c,
        events: c.events.map((e) => remapPlanned(e)),
      }));
    return out;
  };
  const remapPayload = (p: DomainEvent['payload']) =>
    p.op === 'created'
      ? { ...p, fields: remapFields(p.fields as unknown as Record<string, unknown>) }
      : p.op === 'updated'
        ? { ...p, patch: remapFields(p.patch as unknown as Record<string, unknown>) }
        : p;
  function remapPlanned(e: PlannedEvent): PlannedEvent {
    return {
      ...e,
      conferenceId: newConferenceId,
      entityId: id(e.entityId),
      payload: remapPayload(e.payload),
    } as PlannedEvent;
  }
  const remapEvent = (e: DomainEvent): DomainEvent => {
    return {
      ...e,
      id: newId(),
      conferenceId: newConferenceId,
      entityId: id(e.entityId),
      payload: remapPayload(e.payload),
    } as DomainEvent;
  };
  return { conferenceId: newConferenceId, commits: commits.map((c) => commitOf(c.events.map(remapEvent))) };
}
