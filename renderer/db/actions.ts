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
} from '../../shared/domain/entities';
import * as commands from '../../shared/domain/commands';
import type { CommandResult } from '../../shared/domain/commands';
import type { EventStore } from './eventStore';
import { planDemoConference } from '../../shared/demo/demoConference';

/** The verbs the UI calls. Each loads the state its command needs, inside the store's transaction. */
export function createEvent(store: EventStore, fields: ConferenceFields): Promise<CommandResult> {
  return store.run(() => commands.createConference(fields));
}

export function editEventSetup(store: EventStore, conferenceId: string, fields: ConferenceFields): Promise<CommandResult> {
  return store.run(async () => {
    const current = await store.db.conferences.get(conferenceId);
    if (!current) return { ok: false, errors: [{ field: 'form', message: 'errors.recordMissing' }] };
    return commands.updateConference(current, fields);
  });
}

export function saveOrganiser(store: EventStore, conferenceId: string, fields: OrganiserFields, current?: Organiser): Promise<CommandResult> {
  return store.run(() => commands.saveOrganiser(conferenceId, fields, current));
}

export function saveAgendaItem(store: EventStore, conferenceId: string, fields: AgendaItemFields, current?: AgendaItem): Promise<CommandResult> {
  return store.run(() => commands.saveAgendaItem(conferenceId, fields, current));
}

export function removeRecord(store: EventStore, conferenceId: string, kind: Extract<EntityKind, 'organiser' | 'agendaItem' | 'conference'>, id: string): Promise<CommandResult> {
  return store.run(() => commands.deleteRecord(conferenceId, kind, id));
}

async function organisationContext(store: EventStore, conferenceId: string, organisationId: string | null): Promise<commands.OrganisationContext> {
  const organisations = await store.db.organisations.where('conferenceId').equals(conferenceId).toArray();
  const members = organisationId ? await store.db.attendees.where('organisationId').equals(organisationId).toArray() : [];
  return { organisations, members };
}

export function addOrganisation(store: EventStore, conferenceId: string, fields: OrganisationFields): Promise<CommandResult> {
  return store.run(async () => commands.createOrganisation(conferenceId, fields, await organisationContext(store, conferenceId, null)));
}

export function editOrganisation(store: EventStore, current: Organisation, fields: OrganisationFields): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = (await store.db.organisations.get(current.id)) ?? current;
    return commands.updateOrganisation(fresh, fields, await organisationContext(store, fresh.conferenceId, fresh.id));
  });
}

export function removeOrganisation(store: EventStore, current: Organisation): Promise<CommandResult> {
  return store.run(async () => {
    const members = await store.db.attendees.where('organisationId').equals(current.id).filter((a) => !a.deletedAt).count();
    return commands.deleteOrganisation(current, members);
  });
}

export async function lastAttendeeCode(store: EventStore, conferenceId: string): Promise<string | undefined> {
  const last = await store.db.attendees
    .where('[conferenceId+code]')
    .between([conferenceId, 'A'], [conferenceId, 'A\uffff'])
    .last();
  return last?.code;
}

async function attendeeContext(store: EventStore, conferenceId: string, fields: AttendeeFields, selfId: string | null): Promise<commands.AttendeeContext> {
  const organisation = fields.organisationId ? await store.db.organisations.get(fields.organisationId) : undefined;
  const code = fields.code.trim();
  const holders = code ? await store.db.attendees.where('[conferenceId+code]').equals([conferenceId, code]).toArray() : [];
  const representing = selfId
    ? await store.db.organisations.where('conferenceId').equals(conferenceId).filter((o) => o.delegateId === selfId || o.substituteId === selfId).toArray()
    : [];
  return {
    organisation,
    nextCode: commands.attendeeCodeAfter(await lastAttendeeCode(store, conferenceId)),
    codeTaken: (c) => holders.some((h) => h.code === c && h.id !== selfId && !h.deletedAt),
    representing,
  };
}

export function registerAttendee(store: EventStore, conferenceId: string, fields: AttendeeFields): Promise<CommandResult> {
  return store.run(async () => commands.createAttendee(conferenceId, fields, await attendeeContext(store, conferenceId, fields, null)));
}

export function editAttendee(store: EventStore, current: Attendee, fields: AttendeeFields): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = (await store.db.attendees.get(current.id)) ?? current;
    return commands.updateAttendee(fresh, fields, await attendeeContext(store, fresh.conferenceId, fields, fresh.id));
  });
}

export function removeAttendee(store: EventStore, current: Attendee): Promise<CommandResult> {
  return store.run(async () => {
    const representing = await store.db.organisations
      .where('conferenceId')
      .equals(current.conferenceId)
      .filter((o) => o.delegateId === current.id || o.substituteId === current.id)
      .toArray();
    return commands.deleteAttendee(current, representing);
  });
}

/** Creates the reference founding assembly (PRODUCT.md); `extraAttendees` makes a large congress for scale tests. */
export function loadDemoEvent(store: EventStore, extraAttendees = 0): Promise<CommandResult> {
  return store.run(() => {
    const demo = planDemoConference({ extraAttendees });
    return { ok: true, entityId: demo.conferenceId, events: demo.events };
  });
}
