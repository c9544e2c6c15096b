import type {
  AgendaItem,
  AgendaItemFields,
  Attendee,
  AttendeeFields,
  ConferenceFields,
  EntityKind,
  Organisation,
  OrganisationFields,
  Organiser,
  OrganiserFields,
} from '../../shared/core/domain/entities';
import * as commands from '../../shared/core/domain/commands';
import type { CommandResult } from '../../shared/core/domain/commands';
import type { EventStore } from './eventStore';
import { readAllRows, readRow } from './projectionPages';
import { planDemoConference } from '../../shared/demo/demoConference';

/** The verbs the UI calls. Each loads the state its command needs, inside the store's transaction. */
export function createEvent(store: EventStore, fields: ConferenceFields): Promise<CommandResult> {
  return store.run(() => commands.createConference(fields));
}

export function editEventSetup(
  store: EventStore,
  conferenceId: string,
  fields: ConferenceFields,
): Promise<CommandResult> {
  return store.run(async () => {
    const current = await store.db.conferences.get(conferenceId);
    if (!current) return { ok: false, errors: [{ field: 'form', message: 'errors.recordMissing' }] };
    return commands.updateConference(current, fields);
  });
}

export function saveOrganiser(
  store: EventStore,
  conferenceId: string,
  fields: OrganiserFields,
  current?: Organiser,
): Promise<CommandResult> {
  return store.run(() => commands.saveOrganiser(conferenceId, fields, current));
}

export function saveAgendaItem(
  store: EventStore,
  conferenceId: string,
  fields: AgendaItemFields,
  current?: AgendaItem,
): Promise<CommandResult> {
  return store.run(() => commands.saveAgendaItem(conferenceId, fields, current));
}

export function removeRecord(
  store: EventStore,
  conferenceId: string,
  kind: Extract<EntityKind, 'organiser' | 'agendaItem' | 'conference' | 'committeeMember'>,
  id: string,
): Promise<CommandResult> {
  return store.run(() => commands.deleteRecord(conferenceId, kind, id));
}

async function organisationContext(
  store: EventStore,
  conferenceId: string,
  organisationId: string | null,
): Promise<commands.OrganisationContext> {
  const organisations = await readAllRows(store.db, 'organisation', conferenceId);
  const members = organisationId
    ? (await readAllRows(store.db, 'attendee', conferenceId)).filter(
        (a) => a.organisationId === organisationId,
      )
    : [];
  return { organisations, members };
}

export function addOrganisation(
  store: EventStore,
  conferenceId: string,
  fields: OrganisationFields,
): Promise<CommandResult> {
  return store.run(async () =>
    commands.createOrganisation(conferenceId, fields, await organisationContext(store, conferenceId, null)),
  );
}

export function editOrganisation(
  store: EventStore,
  current: Organisation,
  fields: OrganisationFields,
): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = (await readRow(store.db, 'organisation', current.conferenceId, current.id)) ?? current;
    return commands.updateOrganisation(
      fresh,
      fields,
      await organisationContext(store, fresh.conferenceId, fresh.id),
    );
  });
}

export function removeOrganisation(store: EventStore, current: Organisation): Promise<CommandResult> {
  return store.run(async () => {
    const members = (await readAllRows(store.db, 'attendee', current.conferenceId)).filter(
      (a) => a.organisationId === current.id && !a.deletedAt,
    ).length;
    return commands.deleteOrganisation(current, members);
  });
}

/**
 * The highest attendee code of the form A00001 in a conference, deleted attendees included (codes
 * are never reused).
 */
export function lastAttendeeCode(attendees: readonly Attendee[]): string | undefined {
  let last: string | undefined;
  for (const a of attendees)
    if (
      /^A\d+$/.test(a.code) &&
      (!last || a.code.length > last.length || (a.code.length === last.length && a.code > last))
    )
      last = a.code;
  return last;
}

async function attendeeContext(
  store: EventStore,
  conferenceId: string,
  fields: AttendeeFields,
  selfId: string | null,
): Promise<commands.AttendeeContext> {
  const organisation = fields.organisationId
    ? await readRow(store.db, 'organisation', conferenceId, fields.organisationId)
    : undefined;
  const attendees = await readAllRows(store.db, 'attendee', conferenceId);
  const representing = selfId
    ? (await readAllRows(store.db, 'organisation', conferenceId)).filter(
        (o) => o.delegateId === selfId || o.substituteId === selfId,
      )
    : [];
  return {
    organisation,
    nextCode: commands.attendeeCodeAfter(lastAttendeeCode(attendees)),
    codeTaken: (c) => attendees.some((a) => a.code === c && a.id !== selfId && !a.deletedAt),
    representing,
  };
}

export function registerAttendee(
  store: EventStore,
  conferenceId: string,
  fields: AttendeeFields,
): Promise<CommandResult> {
  return store.run(async () =>
    commands.createAttendee(conferenceId, fields, await attendeeContext(store, conferenceId, fields, null)),
  );
}

export function editAttendee(
  store: EventStore,
  current: Attendee,
  fields: AttendeeFields,
): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = (await readRow(store.db, 'attendee', current.conferenceId, current.id)) ?? current;
    return commands.updateAttendee(
      fresh,
      fields,
      await attendeeContext(store, fresh.conferenceId, fields, fresh.id),
    );
  });
}

export function removeAttendee(store: EventStore, current: Attendee): Promise<CommandResult> {
  return store.run(async () => {
    const representing = (await readAllRows(store.db, 'organisation', current.conferenceId)).filter(
      (o) => o.delegateId === current.id || o.substituteId === current.id,
    );
    return commands.deleteAttendee(current, representing);
  });
}

/** Creates the demo event; `extraAttendees` makes a large congress for scale tests. */
export function loadDemoEvent(store: EventStore, extraAttendees = 0): Promise<CommandResult> {
  return store.run(() => {
    const demo = planDemoConference({ extraAttendees });
    return { ok: true, entityId: demo.conferenceId, events: demo.events };
  });
}
