import type { MessageKey } from '../../locales';
import type { Attendee, Organisation, OrganisationFields } from '../../core/domain/entities';
import { BLANK_ORGANISATION } from '../../core/domain/blanks';
import * as commands from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import { newId } from '../../core/domain/ids';
import {
  EMAIL_PATTERN,
  parseOrganisationCategory,
  parseOrganisationStatus,
  parseYesNo,
  PHONE_PATTERN,
} from './cellValues';
import { dataRowIndexes, MappedRow, type ImportSettings, type RowProblem } from './importRows';
import { organisationKey } from './organisationMatching';
import { batchEvent, type ImportPlan } from './planImport';
import type { Sheet } from './sheet';

export interface OrganisationImportRow {
  rowIndex: number;
  sheetRow: number;
  fields: OrganisationFields;
  /** The register's organisation with the same code: the row updates it. */
  existingId: string | null;
  problems: RowProblem[];
  blocked: boolean;
  includeByDefault: boolean;
}

export interface OrganisationPreview {
  rows: OrganisationImportRow[];
  skipped: { sheetRow: number; reason: 'blank' | 'totals' }[];
}

function normaliseCode(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

export function previewOrganisationImport(
  sheet: Sheet,
  settings: ImportSettings,
  existing: readonly Organisation[],
): OrganisationPreview {
  const headers = sheet.rows[settings.headerRowIndex] ?? [];
  const byCode = new Map(existing.filter((o) => !o.deletedAt).map((o) => [normaliseCode(o.code), o]));
  const { data, skipped } = dataRowIndexes(sheet.rows, settings);
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const rows: OrganisationImportRow[] = [];
  let generated = 0;
  const nextCode = () => {
    for (;;) {
      const code = `M${String(existing.length + ++generated).padStart(3, '0')}`;
      if (!byCode.has(code) && !seenCodes.has(code)) return code;
    }
  };

  for (const rowIndex of data) {
    const row = new MappedRow(rowIndex, sheet.rows[rowIndex]!, settings, headers);
    const problems: RowProblem[] = [];
    const fields: OrganisationFields = {
      ...BLANK_ORGANISATION,
      name: { zh: row.value('nameZh'), ru: row.value('nameRu'), en: row.value('nameEn') },
    };
    if (!fields.name.zh && !fields.name.ru && !fields.name.en)
      problems.push(row.problem('nameZh', 'import.noOrganisationName', 'error'));
    const nameKey = organisationKey(fields.name.zh || fields.name.ru || fields.name.en);
    if (nameKey && seenNames.has(nameKey))
      problems.push(
        row.problem('nameZh', 'import.organisationTwice', 'warning', { row: seenNames.get(nameKey)! }),
      );
    else if (nameKey) seenNames.set(nameKey, row.sheetRow);

    const code = row.value('code') ? normaliseCode(row.value('code')) : '';
    let duplicateCode = false;
    if (code && seenCodes.has(code)) {
      problems.push(
        row.problem('code', 'import.organisationCodeTwice', 'error', {
          value: code,
          row: seenCodes.get(code)!,
        }),
      );
      duplicateCode = true;
    }
    fields.code = code || nextCode();
    if (!duplicateCode) seenCodes.set(fields.code, row.sheetRow);
    const existingOrg = byCode.get(fields.code);
    if (existingOrg)
      problems.push(row.problem('code', 'import.organisationUpdates', 'warning', { value: fields.code }));

    const categoryText = row.value('category');
    const category = categoryText ? parseOrganisationCategory(categoryText) : 'other';
    if (category) fields.category = category;
    else {
      fields.category = 'other';
      problems.push(row.problem('category', 'import.unknownCategory', 'warning', { value: categoryText }));
    }
    const statusText = row.value('status');
    const status = statusText ? parseOrganisationStatus(statusText) : 'member';
    if (status) fields.status = status;
    else problems.push(row.problem('status', 'import.unknownStatus', 'warning', { value: statusText }));
    const voteText = row.value('votingRight');
    const vote = voteText ? parseYesNo(voteText) : fields.status === 'member';
    if (vote === undefined)
      problems.push(row.problem('votingRight', 'import.unknownYesNo', 'warning', { value: voteText }));
    fields.votingRight = vote ?? fields.status === 'member';
    const weightText = row.value('weight');
    const weight = weightText ? Number(weightText.replace(',', '.')) : fields.votingRight ? 1 : 0;
    if (!Number.isFinite(weight) || weight < 0)
      problems.push(row.problem('weight', 'import.badWeight', 'warning', { value: weightText }));
    fields.weight = Number.isFinite(weight) && weight >= 0 ? weight : 1;
    fields.region = row.value('region');
    fields.country = row.value('country');
    fields.contactName = row.value('contactName');
    const phone = row.value('contactPhone');
    if (phone && !PHONE_PATTERN.test(phone))
      problems.push(row.problem('contactPhone', 'import.badPhone', 'warning', { value: phone }));
    else fields.contactPhone = phone;
    const email = row.value('contactEmail');
    if (email && !EMAIL_PATTERN.test(email))
      problems.push(row.problem('contactEmail', 'import.badEmail', 'warning', { value: email }));
    else fields.contactEmail = email;
    if (existingOrg) {
      fields.delegateId = existingOrg.delegateId;
      fields.substituteId = existingOrg.substituteId;
    }
    const blocked = problems.some((p) => p.severity === 'error');
    rows.push({
      rowIndex,
      sheetRow: row.sheetRow,
      fields,
      existingId: existingOrg?.id ?? null,
      problems,
      blocked,
      includeByDefault: !blocked,
    });
  }
  return { rows, skipped };
}

/** Creates the new organisations and updates those whose code the register already has. */
export interface OrganisationPlanContext {
  conferenceId: string;
  fileName: string;
  organisations: readonly Organisation[];
  /** The registered attendees (an updated organisation keeps its delegate among them). */
  attendees: readonly Pick<Attendee, 'id' | 'organisationId' | 'deletedAt'>[];
}

export function planOrganisationImport(
  preview: OrganisationPreview,
  included: ReadonlySet<number>,
  context: OrganisationPlanContext,
): ImportPlan {
  const { conferenceId } = context;
  const events: PlannedEvent[] = [];
  const errors: {
    field: string;
    message: MessageKey;
    params?: Record<string, string | number>;
    sheetRow: number;
  }[] = [];
  const byId = new Map(context.organisations.map((o) => [o.id, o]));
  const created: string[] = [];
  const changed: { id: string; before: Partial<OrganisationFields> }[] = [];
  const rows = preview.rows.filter((r) => included.has(r.rowIndex));
  const others = context.organisations.filter((o) => !rows.some((r) => r.existingId === o.id));
  for (const row of rows) {
    const current = row.existingId ? byId.get(row.existingId) : undefined;
    const result = current
      ? commands.updateOrganisation(current, row.fields, {
          organisations: others,
          members: context.attendees.filter((a) => a.organisationId === current.id),
        })
      : commands.createOrganisation(conferenceId, row.fields, { organisations: others, members: [] });
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, sheetRow: row.sheetRow })));
      continue;
    }
    events.push(...result.events);
    if (current) {
      const patch =
        result.events[0]?.payload.op === 'updated'
          ? (result.events[0].payload.patch as Partial<OrganisationFields>)
          : {};
      const before = Object.fromEntries(
        Object.keys(patch).map((k) => [k, current[k as keyof OrganisationFields]]),
      ) as Partial<OrganisationFields>;
      if (Object.keys(patch).length) changed.push({ id: current.id, before });
    } else created.push(result.entityId);
  }
  if (errors.length) return { ok: false, errors };
  const batchId = newId();
  events.push(
    batchEvent(conferenceId, batchId, {
      fileName: context.fileName,
      target: 'organisations',
      rowsImported: rows.length,
      createdOrganisationIds: created,
      createdAttendeeIds: [],
      changedOrganisations: changed,
      undone: false,
    }),
  );
  return {
    ok: true,
    batchId,
    events,
    summary: {
      attendees: 0,
      organisationsCreated: created.length,
      organisationsUpdated: changed.length,
      delegatesLinked: 0,
    },
  };
}
