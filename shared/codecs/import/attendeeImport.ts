import type { Attendee, AttendeeFields, Organisation } from '../../core/domain/entities';
import { BLANK_ATTENDEE } from '../../core/domain/blanks';
import { chineseDisplayName, cyrillicDisplayName, latinDisplayName } from '../../core/names/latinName';
import { EMAIL_PATTERN, parseAttendeeCategory, parseGender, parseYesNo, PHONE_PATTERN } from './cellValues';
import { nameScript, splitChineseName, splitCyrillicName, splitLatinName } from './nameParts';
import { OrganisationIndex, organisationKey } from './organisationMatching';
import { dataRowIndexes, MappedRow, type ImportSettings, type RowProblem } from './importRows';
import type { Sheet } from './sheet';

export interface AttendeeImportRow {
  rowIndex: number;
  sheetRow: number;
  fields: AttendeeFields;
  organisationName: string;
  /** The register's organisation, when the name matched one. */
  organisationId: string | null;
  votingDelegate: boolean;
  problems: RowProblem[];
  /** An error no choice can get past (no name): the row cannot be imported until it is fixed. */
  blocked: boolean;
  /** Imported unless the user says otherwise: no error, not a duplicate. */
  includeByDefault: boolean;
}

export interface UnknownOrganisation {
  key: string;
  name: string;
  sheetRows: number[];
  /** Whether any of its rows is a voting delegate (a created organisation is then a member). */
  hasVotingDelegate: boolean;
}

export interface AttendeePreview {
  rows: AttendeeImportRow[];
  skipped: { sheetRow: number; reason: 'blank' | 'totals' }[];
  unknownOrganisations: UnknownOrganisation[];
}

export interface AttendeeImportContext {
  organisations: readonly Organisation[];
  attendees: readonly Attendee[];
}

function nameFields(
  row: MappedRow,
): Pick<
  AttendeeFields,
  | 'familyNameZh'
  | 'givenNameZh'
  | 'familyNameCyr'
  | 'givenNameCyr'
  | 'patronymicCyr'
  | 'familyNameLatin'
  | 'givenNameLatin'
  | 'latinEdited'
> {
  const out = {
    familyNameZh: row.value('familyNameZh'),
    givenNameZh: row.value('givenNameZh'),
    familyNameCyr: row.value('familyNameCyr'),
    givenNameCyr: row.value('givenNameCyr'),
    patronymicCyr: row.value('patronymicCyr'),
    familyNameLatin: row.value('familyNameLatin'),
    givenNameLatin: row.value('givenNameLatin'),
    latinEdited: false,
  };
  const place = (full: string) => {
    if (!full) return;
    const script = nameScript(full);
    if (script === 'han' && !out.familyNameZh && !out.givenNameZh) {
      const split = splitChineseName(full);
      out.familyNameZh = split.family;
      out.givenNameZh = split.given;
    } else if (script === 'cyrillic' && !out.familyNameCyr && !out.givenNameCyr) {
      const split = splitCyrillicName(full);
      out.familyNameCyr = split.family;
      out.givenNameCyr = split.given;
      out.patronymicCyr = out.patronymicCyr || (split.patronymic ?? '');
    } else if (script === 'latin' && !out.familyNameLatin && !out.givenNameLatin) {
      const split = splitLatinName(full);
      out.familyNameLatin = split.family;
      out.givenNameLatin = split.given;
    }
  };
  place(row.value('fullName'));
  place(row.value('fullNameCyr'));
  place(row.value('fullNameLatin'));
  // A Latin form given in the list is the person's own spelling: keep it rather than derive one.
  out.latinEdited = Boolean(out.familyNameLatin || out.givenNameLatin);
  return out;
}

/** Two rows are the same person when their names (every script) and organisation fold to the same text. */
export function personKey(
  fields: Pick<
    AttendeeFields,
    | 'familyNameZh'
    | 'givenNameZh'
    | 'familyNameCyr'
    | 'givenNameCyr'
    | 'patronymicCyr'
    | 'familyNameLatin'
    | 'givenNameLatin'
  >,
  organisation: string,
): string {
  const parts = { ...fields, latinEdited: false };
  const names = [chineseDisplayName(parts), cyrillicDisplayName(parts)].filter(Boolean);
  const name = (names.length ? names.join('|') : latinDisplayName(parts))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·.]/g, '')
    .replace(/ё/g, 'е');
  return `${name}@${organisationKey(organisation)}`;
}

/** Reads every data row of an attendee list into fields and problems, without writing anything. */
export function previewAttendeeImport(
  sheet: Sheet,
  settings: ImportSettings,
  context: AttendeeImportContext,
): AttendeePreview {
  const headers = sheet.rows[settings.headerRowIndex] ?? [];
  const index = new OrganisationIndex(context.organisations);
  const orgName = new Map(context.organisations.map((o) => [o.id, o.name.zh || o.name.ru || o.name.en]));
  const existing = new Map<string, Attendee>();
  for (const a of context.attendees)
    if (!a.deletedAt)
      existing.set(personKey(a, a.organisationId ? (orgName.get(a.organisationId) ?? '') : ''), a);
  const existingCodes = new Set(context.attendees.filter((a) => !a.deletedAt).map((a) => a.code));
  const { data, skipped } = dataRowIndexes(sheet.rows, settings);
  const seen = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  const delegateRowByOrg = new Map<string, number>();
  const unknown = new Map<string, UnknownOrganisation>();
  const rows: AttendeeImportRow[] = [];

  for (const rowIndex of data) {
    const row = new MappedRow(rowIndex, sheet.rows[rowIndex]!, settings, headers);
    const problems: RowProblem[] = [];
    const fields: AttendeeFields = { ...BLANK_ATTENDEE, ...nameFields(row) };
    const hasName = [
      fields.familyNameZh,
      fields.givenNameZh,
      fields.familyNameCyr,
      fields.givenNameCyr,
      fields.familyNameLatin,
      fields.givenNameLatin,
    ].some(Boolean);
    if (!hasName) problems.push(row.problem('name', 'import.noName', 'error'));

    fields.position = row.value('position');
    fields.notes = row.value('notes');
    const phone = row.value('phone');
    if (phone && !PHONE_PATTERN.test(phone))
      problems.push(row.problem('phone', 'import.badPhone', 'warning', { value: phone }));
    else fields.phone = phone;
    const email = row.value('email');
    if (email && !EMAIL_PATTERN.test(email))
      problems.push(row.problem('email', 'import.badEmail', 'warning', { value: email }));
    else fields.email = email;
    const categoryText = row.value('category');
    const category = categoryText ? parseAttendeeCategory(categoryText) : 'delegate';
    if (category) fields.category = category;
    else problems.push(row.problem('category', 'import.unknownCategory', 'warning', { value: categoryText }));
    const genderText = row.value('gender');
    const gender = genderText ? parseGender(genderText) : '';
    if (gender !== undefined) fields.gender = gender;
    else problems.push(row.problem('gender', 'import.unknownGender', 'warning', { value: genderText }));
    const delegateText = row.value('votingDelegate');
    const votingDelegate = delegateText ? parseYesNo(delegateText) : false;
    if (votingDelegate === undefined)
      problems.push(row.problem('votingDelegate', 'import.unknownYesNo', 'warning', { value: delegateText }));

    const code = row.value('code');
    if (code) {
      if (existingCodes.has(code))
        problems.push(row.problem('code', 'import.codeTaken', 'warning', { value: code }));
      else if (seenCodes.has(code))
        problems.push(
          row.problem('code', 'import.codeTwice', 'warning', { value: code, row: seenCodes.get(code)! }),
        );
      else {
        fields.code = code;
        seenCodes.set(code, row.sheetRow);
      }
    }

    const organisationName = row.value('organisation');
    const organisation = organisationName ? index.find(organisationName) : undefined;
    const orgKey = organisationName ? organisationKey(organisationName) : '';
    if (organisationName && !organisation) {
      const entry = unknown.get(orgKey) ?? {
        key: orgKey,
        name: organisationName,
        sheetRows: [],
        hasVotingDelegate: false,
      };
      entry.sheetRows.push(row.sheetRow);
      entry.hasVotingDelegate ||= votingDelegate === true;
      unknown.set(orgKey, entry);
      problems.push(
        row.problem('organisation', 'import.unknownOrganisation', 'warning', { value: organisationName }),
      );
    }

    let isDelegate = votingDelegate === true;
    if (isDelegate && orgKey) {
      const earlier = delegateRowByOrg.get(orgKey);
      if (earlier !== undefined) {
        problems.push(row.problem('votingDelegate', 'import.secondDelegate', 'warning', { row: earlier }));
        isDelegate = false;
      } else delegateRowByOrg.set(orgKey, row.sheetRow);
    }

    let duplicate = false;
    if (hasName) {
      const key = personKey(
        fields,
        organisation ? (orgName.get(organisation.id) ?? organisationName) : organisationName,
      );
      const firstRow = seen.get(key);
      const registered = existing.get(key);
      if (firstRow !== undefined) {
        problems.push(row.problem('name', 'import.duplicateInFile', 'warning', { row: firstRow }));
        duplicate = true;
      } else if (registered) {
        problems.push(
          row.problem('name', 'import.duplicateRegistered', 'warning', { code: registered.code }),
        );
        duplicate = true;
      } else seen.set(key, row.sheetRow);
    }

    const blocked = problems.some((p) => p.severity === 'error');
    rows.push({
      rowIndex,
      sheetRow: row.sheetRow,
      fields,
      organisationName,
      organisationId: organisation?.id ?? null,
      votingDelegate: isDelegate,
      problems,
      blocked,
      includeByDefault: !blocked && !duplicate,
    });
  }
  return { rows, skipped, unknownOrganisations: [...unknown.values()] };
}
