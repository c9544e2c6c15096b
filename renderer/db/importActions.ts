import type { ImportBatch } from '../../shared/core/domain/entities';
import type { CommandResult } from '../../shared/core/domain/commands';
import { previewAttendeeImport, type AttendeePreview } from '../../shared/codecs/import/attendeeImport';
import {
  previewOrganisationImport,
  planOrganisationImport,
  type OrganisationPreview,
} from '../../shared/codecs/import/organisationImport';
import {
  planAttendeeImport,
  planUndoImport,
  type ImportPlan,
  type OrganisationAction,
} from '../../shared/codecs/import/planImport';
import type { ImportSettings } from '../../shared/codecs/import/importRows';
import type { Sheet } from '../../shared/codecs/import/sheet';
import type { EventStore } from './eventStore';
import { lastAttendeeCode } from './actions';
import { readAllRows } from './projectionPages';

export interface ImportRequest {
  conferenceId: string;
  fileName: string;
  target: 'attendees' | 'organisations';
  sheet: Sheet;
  settings: ImportSettings;
  /** Rows to import, by row index. */
  included: ReadonlySet<number>;
  organisationActions: ReadonlyMap<string, OrganisationAction>;
  /** The preview the user saw, and the register it was made from (see registerStamp). */
  preview?: { stamp: string; data: AttendeePreview | OrganisationPreview };
}

/** Changes whenever a row of the register is added or changed: a preview made from it is then stale. */
export function registerStamp(
  organisations: readonly { version: string }[],
  attendees: readonly { version: string }[],
): string {
  const latest = (rows: readonly { version: string }[]) =>
    rows.reduce((max, r) => (r.version > max ? r.version : max), '');
  return `${organisations.length}/${latest(organisations)}/${attendees.length}/${latest(attendees)}`;
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
    const organisations = await readAllRows(db, 'organisation', request.conferenceId);
    const attendees = await readAllRows(db, 'attendee', request.conferenceId);
    // The preview is made again only if the register changed since the user saw it.
    const fresh =
      request.preview && request.preview.stamp === registerStamp(organisations, attendees)
        ? request.preview.data
        : null;
    if (request.target === 'organisations') {
      const preview =
        (fresh as OrganisationPreview | null) ??
        previewOrganisationImport(request.sheet, request.settings, organisations);
      outcome = planOrganisationImport(preview, request.included, {
        conferenceId: request.conferenceId,
        fileName: request.fileName,
        organisations,
        attendees,
      });
    } else {
      const preview =
        (fresh as AttendeePreview | null) ??
        previewAttendeeImport(request.sheet, request.settings, { organisations, attendees });
      outcome = planAttendeeImport(
        preview,
        { included: request.included, organisations: request.organisationActions },
        {
          conferenceId: request.conferenceId,
          fileName: request.fileName,
          organisations,
          lastAttendeeCode: lastAttendeeCode(attendees),
        },
      );
    }
    const result: CommandResult = outcome.ok
      ? { ok: true, entityId: outcome.batchId, events: outcome.events }
      : { ok: false, errors: outcome.errors };
    return result;
  });
  return outcome;
}

export function undoImport(store: EventStore, batch: ImportBatch): Promise<CommandResult> {
  return store.run(async () => {
    const fresh = await store.db.importBatches.get(batch.id);
    if (!fresh || fresh.undone)
      return { ok: false, errors: [{ field: 'form', message: 'import.alreadyUndone' }] };
    return { ok: true, entityId: fresh.id, events: planUndoImport(fresh) };
  });
}
