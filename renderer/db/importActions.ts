import type { ImportBatch } from '../../shared/domain/entities';
import type { CommandResult } from '../../shared/domain/commands';
import { previewAttendeeImport } from '../../shared/import/attendeeImport';
import { previewOrganisationImport, planOrganisationImport } from '../../shared/import/organisationImport';
import { planAttendeeImport, planUndoImport, type ImportPlan, type OrganisationAction } from '../../shared/import/planImport';
import type { ImportSettings } from '../../shared/import/importRows';
import type { Sheet } from '../../shared/import/sheet';
import type { EventStore } from './eventStore';
import { lastAttendeeCode } from './actions';

export interface ImportRequest {
  conferenceId: string;
  fileName: string;
  target: 'attendees' | 'organisations';
  sheet: Sheet;
  settings: ImportSettings;
  /** Rows to import, by row index. */
  included: ReadonlySet<number>;
  organisationActions: ReadonlyMap<string, OrganisationAction>;
}

export type ImportOutcome = Extract<ImportPlan, { ok: true }> | Extract<ImportPlan, { ok: false }>;

/**
 * Commits an import in one transaction: the rows are checked again against the register as it is
 * inside the transaction, and either every chosen row is written or nothing is.
 */
export async function commitImport(store: EventStore, request: ImportRequest): Promise<ImportOutcome> {
  const { db } = store;
  let outcome: ImportOutcome = { ok: false, errors: [] };
  await store.run(async () => {
    const organisations = await db.organisations.where('conferenceId').equals(request.conferenceId).toArray();
    const attendees = await db.attendees.where('conferenceId').equals(request.conferenceId).toArray();
    if (request.target === 'organisations') {
      const preview = previewOrganisationImport(request.sheet, request.settings, organisations);
      outcome = planOrganisationImport(preview, request.included, { conferenceId: request.conferenceId, fileName: request.fileName, organisations, attendees });
    } else {
      const preview = previewAttendeeImport(request.sheet, request.settings, { organisations, attendees });
      outcome = planAttendeeImport(
        preview,
        { included: request.included, organisations: request.organisationActions },
        { conferenceId: request.conferenceId, fileName: request.fileName, organisations, lastAttendeeCode: await lastAttendeeCode(store, request.conferenceId) },
      );
    }
    const result: CommandResult = outcome.ok ? { ok: true, entityId: outcome.batchId, events: outcome.events } : { ok: false, errors: outcome.errors };
    return result;
  });
  return outcome;
}

export function undoImport(store: EventStore, batch: ImportBatch): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = await store.db.importBatches.get(batch.id);
    if (!fresh || fresh.undone) return { ok: false, errors: [{ field: 'form', message: 'import.alreadyUndone' }] };
    return { ok: true, entityId: fresh.id, events: planUndoImport(fresh) };
  });
}
