import type {
  AgendaItemFields,
  Attendee,
  AttendeeFields,
  ConferenceFields,
  EntityFieldsByKind,
  EntityKind,
  Organisation,
  OrganisationFields,
  OrganiserFields,
} from './entities';
import type { PlannedEvent } from './events';
import { newId } from './ids';
import {
  agendaItemFieldsSchema,
  attendeeFieldsSchema,
  conferenceFieldsSchema,
  organisationFieldsSchema,
  organiserFieldsSchema,
  parseFields,
  type FieldError,
} from './validation';
import { deriveLatinName } from '../names/latinName';

/**
 * Commands check their input against the current state and decide which events to write. They
 * are pure: the store gives them the state they need and writes what they return, all in one
 * transaction, or nothing when they return errors.
 */
export type CommandResult =
  { ok: true; entityId: string; events: PlannedEvent[] } | { ok: false; errors: FieldError[] };

function created<K extends EntityKind>(
  conferenceId: string,
  entityId: string,
  kind: K,
  fields: EntityFieldsByKind[K],
): PlannedEvent {
  return { conferenceId, entityId, payload: { kind, op: 'created', fields } } as PlannedEvent;
}

function updated<K extends EntityKind>(
  conferenceId: string,
  entityId: string,
  kind: K,
  patch: Partial<EntityFieldsByKind[K]>,
): PlannedEvent {
  return { conferenceId, entityId, payload: { kind, op: 'updated', patch } } as PlannedEvent;
}

function deleted(conferenceId: string, entityId: string, kind: EntityKind): PlannedEvent {
  return { conferenceId, entityId, payload: { kind, op: 'deleted' } } as PlannedEvent;
}

/** Only the fields whose values differ, so the log records what really changed. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch;
}

function fail(errors: FieldError[]): CommandResult {
  return { ok: false, errors };
}

// ---------------------------------------------------------------- conference, organisers, agenda

export function createConference(fields: ConferenceFields, conferenceId: string = newId()): CommandResult {
  const parsed = parseFields(conferenceFieldsSchema, fields);
  if (!parsed.ok) return fail(parsed.errors);
  const errors = checkConference(parsed.value);
  if (errors.length) return fail(errors);
  return {
    ok: true,
    entityId: conferenceId,
    events: [created(conferenceId, conferenceId, 'conference', parsed.value)],
  };
}

function checkConference(fields: ConferenceFields): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.name.zh && !fields.name.ru && !fields.name.en)
    errors.push({ field: 'name', message: 'errors.conferenceNameRequired' });
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate)
    errors.push({ field: 'endDate', message: 'errors.endBeforeStart' });
  return errors;
}

export function updateConference(
  current: ConferenceFields & { id: string },
  fields: ConferenceFields,
): CommandResult {
  const parsed = parseFields(conferenceFieldsSchema, fields);
  if (!parsed.ok) return fail(parsed.errors);
  const errors = checkConference(parsed.value);
  if (errors.length) return fail(errors);
  const patch = changedFields(pickFields(current, parsed.value), parsed.value);
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length ? [updated(current.id, current.id, 'conference', patch)] : [],
  };
}

function pickFields<T extends object>(source: object, shape: T): T {
  const picked = {} as T;
  for (const key of Object.keys(shape) as (keyof T)[]) picked[key] = (source as T)[key];
  return picked;
}

export function saveOrganiser(
  conferenceId: string,
  fields: OrganiserFields,
  current?: OrganiserFields & { id: string },
): CommandResult {
  const parsed = parseFields(organiserFieldsSchema, fields);
  if (!parsed.ok) return fail(parsed.errors);
  if (!parsed.value.name.zh && !parsed.value.name.ru && !parsed.value.name.en)
    return fail([{ field: 'name', message: 'errors.organiserNameRequired' }]);
  if (!current) {
    const id = newId();
    return { ok: true, entityId: id, events: [created(conferenceId, id, 'organiser', parsed.value)] };
  }
  const patch = changedFields(pickFields(current, parsed.value), parsed.value);
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length ? [updated(conferenceId, current.id, 'organiser', patch)] : [],
  };
}

export function saveAgendaItem(
  conferenceId: string,
  fields: AgendaItemFields,
  current?: AgendaItemFields & { id: string },
): CommandResult {
  const parsed = parseFields(agendaItemFieldsSchema, fields);
  if (!parsed.ok) return fail(parsed.errors);
  if (!parsed.value.title.zh && !parsed.value.title.ru && !parsed.value.title.en)
    return fail([{ field: 'title', message: 'errors.agendaTitleRequired' }]);
  if (!current) {
    const id = newId();
    return { ok: true, entityId: id, events: [created(conferenceId, id, 'agendaItem', parsed.value)] };
  }
  const patch = changedFields(pickFields(current, parsed.value), parsed.value);
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length ? [updated(conferenceId, current.id, 'agendaItem', patch)] : [],
  };
}

export function deleteRecord(conferenceId: string, kind: EntityKind, id: string): CommandResult {
  return { ok: true, entityId: id, events: [deleted(conferenceId, id, kind)] };
}

// ---------------------------------------------------------------- organisations

export interface OrganisationContext {
  /** The other live organisations of the conference (for the unique code). */
  organisations: readonly Pick<Organisation, 'id' | 'code' | 'deletedAt'>[];
  /** The attendees of this organisation (for the delegate and substitute). */
  members: readonly Pick<Attendee, 'id' | 'organisationId' | 'deletedAt'>[];
}

function normaliseCode(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

function checkOrganisation(
  id: string | null,
  fields: OrganisationFields,
  context: OrganisationContext,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.name.zh && !fields.name.ru && !fields.name.en)
    errors.push({ field: 'name', message: 'errors.organisationNameRequired' });
  const code = normaliseCode(fields.code);
  const clash = context.organisations.find(
    (o) => o.id !== id && !o.deletedAt && normaliseCode(o.code) === code,
  );
  if (clash) errors.push({ field: 'code', message: 'errors.codeTaken', params: { code: fields.code } });
  const isMember = (attendeeId: string) =>
    context.members.some((a) => a.id === attendeeId && !a.deletedAt && a.organisationId === id);
  if (fields.delegateId && (!id || !isMember(fields.delegateId)))
    errors.push({ field: 'delegateId', message: 'errors.delegateNotMember' });
  if (fields.substituteId && (!id || !isMember(fields.substituteId)))
    errors.push({ field: 'substituteId', message: 'errors.delegateNotMember' });
  if (fields.substituteId && fields.substituteId === fields.delegateId)
    errors.push({ field: 'substituteId', message: 'errors.substituteIsDelegate' });
  return errors;
}

/** Schema errors and rule errors together, one per field, so a form shows every problem at once. */
function mergeErrors(first: FieldError[], second: FieldError[]): FieldError[] {
  return [...first, ...second.filter((e) => !first.some((f) => f.field === e.field))];
}

export function createOrganisation(
  conferenceId: string,
  fields: OrganisationFields,
  context: OrganisationContext,
): CommandResult {
  const parsed = parseFields(organisationFieldsSchema, fields);
  if (!parsed.ok) return fail(mergeErrors(parsed.errors, checkOrganisation(null, fields, context)));
  const errors = checkOrganisation(null, parsed.value, context);
  if (errors.length) return fail(errors);
  const id = newId();
  return { ok: true, entityId: id, events: [created(conferenceId, id, 'organisation', parsed.value)] };
}

export function updateOrganisation(
  current: Organisation,
  fields: OrganisationFields,
  context: OrganisationContext,
): CommandResult {
  const parsed = parseFields(organisationFieldsSchema, fields);
  if (!parsed.ok) return fail(mergeErrors(parsed.errors, checkOrganisation(current.id, fields, context)));
  const errors = checkOrganisation(current.id, parsed.value, context);
  if (errors.length) return fail(errors);
  const patch = changedFields(pickFields(current, parsed.value), parsed.value);
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length
      ? [updated(current.conferenceId, current.id, 'organisation', patch)]
      : [],
  };
}

// ---------------------------------------------------------------- attendees

export interface AttendeeContext {
  /** The organisation the attendee is given, if any (undefined when the id is unknown). */
  organisation: Organisation | undefined;
  /** The code for a new attendee when none is given. */
  nextCode: string;
  /** Whether another live attendee of the conference already has this code. */
  codeTaken: (code: string) => boolean;
  /** Organisations whose delegate or substitute this attendee is (for a change of organisation). */
  representing: readonly Organisation[];
}

function hasAnyName(f: AttendeeFields): boolean {
  return [
    f.familyNameZh,
    f.givenNameZh,
    f.familyNameCyr,
    f.givenNameCyr,
    f.familyNameLatin,
    f.givenNameLatin,
  ].some((n) => n.trim().length > 0);
}

function withLatin(fields: AttendeeFields): AttendeeFields {
  if (fields.latinEdited) return fields;
  return { ...fields, ...deriveLatinName(fields) };
}

function checkAttendee(fields: AttendeeFields, context: AttendeeContext): FieldError[] {
  const errors: FieldError[] = [];
  if (!hasAnyName(fields)) errors.push({ field: 'name', message: 'errors.attendeeNameRequired' });
  if (fields.organisationId && (!context.organisation || context.organisation.deletedAt))
    errors.push({ field: 'organisationId', message: 'errors.unknownOrganisation' });
  if (fields.code && context.codeTaken(fields.code))
    errors.push({ field: 'code', message: 'errors.attendeeCodeTaken', params: { code: fields.code } });
  return errors;
}

export function createAttendee(
  conferenceId: string,
  fields: AttendeeFields,
  context: AttendeeContext,
  id: string = newId(),
): CommandResult {
  const parsed = parseFields(attendeeFieldsSchema, fields);
  if (!parsed.ok) return fail(mergeErrors(parsed.errors, checkAttendee(fields, context)));
  const value = withLatin({ ...parsed.value, code: parsed.value.code || context.nextCode });
  const errors = checkAttendee(value, context);
  if (errors.length) return fail(errors);
  return { ok: true, entityId: id, events: [created(conferenceId, id, 'attendee', value)] };
}

/** A delegate who leaves their organisation stops representing it: the link is cleared too. */
function releaseRepresentation(
  attendeeId: string,
  representing: readonly Organisation[],
  keepOrganisationId: string | null,
): PlannedEvent[] {
  return representing
    .filter((org) => org.id !== keepOrganisationId)
    .map((org) =>
      updated(org.conferenceId, org.id, 'organisation', {
        ...(org.delegateId === attendeeId ? { delegateId: null } : {}),
        ...(org.substituteId === attendeeId ? { substituteId: null } : {}),
      }),
    );
}

export function updateAttendee(
  current: Attendee,
  fields: AttendeeFields,
  context: AttendeeContext,
): CommandResult {
  const parsed = parseFields(attendeeFieldsSchema, fields);
  if (!parsed.ok) return fail(mergeErrors(parsed.errors, checkAttendee(fields, context)));
  const value = withLatin({ ...parsed.value, code: parsed.value.code || current.code });
  const errors = checkAttendee(value, context);
  if (errors.length) return fail(errors);
  const patch = changedFields(pickFields(current, value), value);
  const events = Object.keys(patch).length
    ? [updated(current.conferenceId, current.id, 'attendee', patch)]
    : [];
  events.push(...releaseRepresentation(current.id, context.representing, value.organisationId));
  return { ok: true, entityId: current.id, events };
}

export function deleteAttendee(current: Attendee, representing: readonly Organisation[]): CommandResult {
  return {
    ok: true,
    entityId: current.id,
    events: [
      deleted(current.conferenceId, current.id, 'attendee'),
      ...releaseRepresentation(current.id, representing, null),
    ],
  };
}

/** Attendee codes: a letter and five digits, in registration order (A00001, A00002 …). */
export function attendeeCodeAfter(lastCode: string | undefined): string {
  const match = lastCode ? /^A(\d+)$/.exec(lastCode) : null;
  const next = match ? Number(match[1]) + 1 : 1;
  return `A${String(next).padStart(5, '0')}`;
}

export function deleteOrganisation(current: Organisation, liveMemberCount: number): CommandResult {
  if (liveMemberCount > 0)
    return fail([
      { field: 'form', message: 'errors.organisationHasAttendees', params: { n: liveMemberCount } },
    ]);
  return {
    ok: true,
    entityId: current.id,
    events: [deleted(current.conferenceId, current.id, 'organisation')],
  };
}
