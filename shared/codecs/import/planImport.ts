import type { ImportBatchFields, Organisation, OrganisationFields } from '../../core/domain/entities';
import { BLANK_ORGANISATION } from '../../core/domain/blanks';
import * as commands from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import { newId } from '../../core/domain/ids';
import type { FieldError } from '../../core/domain/validation';
import { nameScript } from './nameParts';
import type { AttendeePreview } from './attendeeImport';

/** What to do with an organisation the register does not know. */
export type OrganisationAction =
  { action: 'create' } | { action: 'map'; organisationId: string } | { action: 'none' };

export interface AttendeeImportChoices {
  /** Rows (by rowIndex) to import; the others are skipped. */
  included: ReadonlySet<number>;
  /** By organisation key; an organisation without an entry is created. */
  organisations: ReadonlyMap<string, OrganisationAction>;
}

export interface ImportPlanContext {
  conferenceId: string;
  fileName: string;
  organisations: readonly Organisation[];
  lastAttendeeCode: string | undefined;
}

export type ImportPlan =
  | { ok: true; batchId: string; events: PlannedEvent[]; summary: ImportSummary }
  | { ok: false; errors: (FieldError & { sheetRow?: number })[] };

export interface ImportSummary {
  attendees: number;
  organisationsCreated: number;
  organisationsUpdated: number;
  delegatesLinked: number;
}

/** Codes no organisation has yet: N001, N002 … */
function organisationCodes(taken: Set<string>, prefix: string): () => string {
  let n = 0;
  return () => {
    for (;;) {
      const code = `${prefix}${String(++n).padStart(3, '0')}`;
      if (!taken.has(code)) {
        taken.add(code);
        return code;
      }
    }
  };
}

export function organisationNameFields(name: string): OrganisationFields['name'] {
  const script = nameScript(name);
  return {
    zh: script === 'han' ? name : '',
    ru: script === 'cyrillic' ? name : '',
    en: script === 'latin' ? name : '',
  };
}

export function batchEvent(conferenceId: string, batchId: string, fields: ImportBatchFields): PlannedEvent {
  return { conferenceId, entityId: batchId, payload: { kind: 'importBatch', op: 'created', fields } };
}

/**
 * The events of an attendee import: new organisations, the attendees, the delegate links, and the
 * batch that lets the import be undone. Every chosen row passes the same checks as a form, or the
 * whole import is refused with each row's problem.
 */
export function planAttendeeImport(
  preview: AttendeePreview,
  choices: AttendeeImportChoices,
  context: ImportPlanContext,
): ImportPlan {
  const { conferenceId } = context;
  const events: PlannedEvent[] = [];
  const errors: (FieldError & { sheetRow: number })[] = [];
  const takenCodes = new Set(
    context.organisations.filter((o) => !o.deletedAt).map((o) => o.code.toUpperCase()),
  );
  const orgById = new Map(context.organisations.map((o) => [o.id, o]));
  const createdOrganisations = new Map<string, Organisation>();
  const nextOrganisationCode = organisationCodes(takenCodes, 'N');
  const rows = preview.rows.filter((r) => choices.included.has(r.rowIndex));
  const unknownByRow = new Map(
    preview.unknownOrganisations.flatMap((u) => u.sheetRows.map((sheetRow) => [sheetRow, u] as const)),
  );

  const organisationFor = (row: (typeof rows)[number]): Organisation | undefined => {
    if (row.organisationId) return orgById.get(row.organisationId);
    if (!row.organisationName) return undefined;
    const unknown = unknownByRow.get(row.sheetRow);
    if (!unknown) return undefined;
    const key = unknown.key;
    const action = choices.organisations.get(key) ?? { action: 'create' };
    if (action.action === 'map') return orgById.get(action.organisationId);
    if (action.action === 'none') return undefined;
    const already = createdOrganisations.get(key);
    if (already) return already;
    const member = unknown.hasVotingDelegate;
    const fields: OrganisationFields = {
      ...BLANK_ORGANISATION,
      code: nextOrganisationCode(),
      name: organisationNameFields(unknown.name),
      category: 'other',
      status: member ? 'member' : 'other',
      votingRight: member,
      weight: member ? 1 : 0,
    };
    const result = commands.createOrganisation(conferenceId, fields, { organisations: [], members: [] });
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, sheetRow: row.sheetRow })));
      return undefined;
    }
    events.push(...result.events);
    const org: Organisation = {
      ...fields,
      id: result.entityId,
      conferenceId,
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    createdOrganisations.set(key, org);
    orgById.set(org.id, org);
    return org;
  };

  let lastCode = context.lastAttendeeCode;
  const usedCodes = new Set(rows.map((r) => r.fields.code).filter(Boolean));
  const nextCode = () => {
    let code = commands.attendeeCodeAfter(lastCode);
    while (usedCodes.has(code)) code = commands.attendeeCodeAfter(code);
    lastCode = code;
    return code;
  };
  const attendeeIds: string[] = [];
  const delegates = new Map<string, string>();
  for (const row of rows) {
    const organisation = organisationFor(row);
    const fields = {
      ...row.fields,
      organisationId: organisation?.id ?? null,
      code: row.fields.code || nextCode(),
    };
    const result = commands.createAttendee(conferenceId, fields, {
      organisation,
      nextCode: fields.code,
      codeTaken: () => false,
      representing: [],
    });
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, sheetRow: row.sheetRow })));
      continue;
    }
    events.push(...result.events);
    attendeeIds.push(result.entityId);
    if (row.votingDelegate && organisation && !organisation.delegateId && !delegates.has(organisation.id))
      delegates.set(organisation.id, result.entityId);
  }
  if (errors.length) return { ok: false, errors };

  const changedOrganisations: ImportBatchFields['changedOrganisations'] = [];
  const createdIds = new Set([...createdOrganisations.values()].map((o) => o.id));
  for (const [organisationId, delegateId] of delegates) {
    events.push({
      conferenceId,
      entityId: organisationId,
      payload: { kind: 'organisation', op: 'updated', patch: { delegateId } },
    });
    if (!createdIds.has(organisationId))
      changedOrganisations.push({ id: organisationId, before: { delegateId: null } });
  }
  const batchId = newId();
  events.push(
    batchEvent(conferenceId, batchId, {
      fileName: context.fileName,
      target: 'attendees',
      rowsImported: attendeeIds.length,
      createdOrganisationIds: [...createdIds],
      createdAttendeeIds: attendeeIds,
      changedOrganisations,
      undone: false,
    }),
  );
  return {
    ok: true,
    batchId,
    events,
    summary: {
      attendees: attendeeIds.length,
      organisationsCreated: createdOrganisations.size,
      organisationsUpdated: 0,
      delegatesLinked: delegates.size,
    },
  };
}

/** Undoing an import: what it created is removed, what it changed gets its earlier values back. */
export function planUndoImport(
  batch: ImportBatchFields & { id: string; conferenceId: string },
): PlannedEvent[] {
  const { conferenceId } = batch;
  if (batch.undone) return [];
  return [
    ...batch.createdAttendeeIds.map((id): PlannedEvent => ({
      conferenceId,
      entityId: id,
      payload: { kind: 'attendee', op: 'deleted' },
    })),
    ...batch.changedOrganisations.map((c): PlannedEvent => ({
      conferenceId,
      entityId: c.id,
      payload: { kind: 'organisation', op: 'updated', patch: c.before },
    })),
    ...batch.createdOrganisationIds.map((id): PlannedEvent => ({
      conferenceId,
      entityId: id,
      payload: { kind: 'organisation', op: 'deleted' },
    })),
    {
      conferenceId,
      entityId: batch.id,
      payload: { kind: 'importBatch', op: 'updated', patch: { undone: true } },
    },
  ];
}
