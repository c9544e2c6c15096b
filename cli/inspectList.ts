import { readListFile } from '../shared/codecs/import/readListFile';
import {
  detectHeaderRow,
  suggestMapping,
  type ImportField,
  type ImportTarget,
} from '../shared/codecs/import/headers';
import { previewAttendeeImport } from '../shared/codecs/import/attendeeImport';
import { previewOrganisationImport } from '../shared/codecs/import/organisationImport';
import { columnLetter, type RowProblem } from '../shared/codecs/import/importRows';
import { FileReadError, type FileProblem } from '../shared/codecs/import/sheet';
import { BLANK_ORGANISATION } from '../shared/core/domain/blanks';
import type { Organisation } from '../shared/core/domain/entities';

export interface InspectOptions {
  target: ImportTarget;
  sheetName?: string;
  /** A member list to match the organisations of an attendee list against. */
  members?: { bytes: Uint8Array; name: string };
}

export interface InspectReport {
  file: string;
  kind: string;
  encoding?: string;
  sheets: { name: string; hidden: boolean; rows: number }[];
  sheet: string;
  headerRow: number;
  headerRecognised: boolean;
  mapping: { column: string; header: string; field: ImportField | null }[];
  rows: number;
  importable: number;
  skipped: { sheetRow: number; reason: string }[];
  problems: RowProblem[];
  unknownOrganisations: string[];
}

export type InspectResult =
  { ok: true; report: InspectReport } | { ok: false; problem: FileProblem | 'noSuchSheet'; detail: string };

async function memberRegister(members: { bytes: Uint8Array; name: string }): Promise<Organisation[]> {
  const file = await readListFile(members.bytes, members.name);
  const sheet = file.sheets.find((s) => !s.hidden) ?? file.sheets[0]!;
  const header = detectHeaderRow(sheet.rows, 'organisations');
  const preview = previewOrganisationImport(
    sheet,
    {
      headerRowIndex: header.rowIndex,
      mapping: suggestMapping(sheet.rows[header.rowIndex] ?? [], 'organisations'),
      constants: {},
      overrides: {},
    },
    [],
  );
  return preview.rows.map((r, i) => ({
    ...BLANK_ORGANISATION,
    ...r.fields,
    id: `member-${i}`,
    conferenceId: 'cli',
    version: '',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  }));
}

/** What the import screen would show for a list file, without an event to import into. */
export async function inspectList(
  bytes: Uint8Array,
  fileName: string,
  options: InspectOptions,
): Promise<InspectResult> {
  try {
    const file = await readListFile(bytes, fileName);
    const sheet = options.sheetName
      ? file.sheets.find((s) => s.name === options.sheetName)
      : (file.sheets.find((s) => !s.hidden) ?? file.sheets[0]);
    if (!sheet)
      return {
        ok: false,
        problem: 'noSuchSheet',
        detail: `${options.sheetName} (${file.sheets.map((s) => s.name).join(', ')})`,
      };
    const header = detectHeaderRow(sheet.rows, options.target);
    const headers = sheet.rows[header.rowIndex] ?? [];
    const mapping = suggestMapping(headers, options.target);
    const settings = { headerRowIndex: header.rowIndex, mapping, constants: {}, overrides: {} };
    const register = options.members ? await memberRegister(options.members) : [];
    const preview =
      options.target === 'attendees'
        ? previewAttendeeImport(sheet, settings, { organisations: register, attendees: [] })
        : previewOrganisationImport(sheet, settings, []);
    // Without a member list every organisation is "unknown": that is not a problem of the file.
    const problems = preview.rows
      .flatMap((r) => r.problems)
      .filter((p) => options.members || p.message !== 'import.unknownOrganisation');
    const unknown =
      'unknownOrganisations' in preview && options.members
        ? preview.unknownOrganisations.map((u) => u.name)
        : [];
    return {
      ok: true,
      report: {
        file: fileName,
        kind: file.kind,
        ...(file.encoding ? { encoding: file.encoding } : {}),
        sheets: file.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows.length })),
        sheet: sheet.name,
        headerRow: header.rowIndex + 1,
        headerRecognised: header.confident,
        mapping: headers.map((h, i) => ({ column: columnLetter(i), header: h, field: mapping[i] ?? null })),
        rows: preview.rows.length,
        importable: preview.rows.filter((r) => r.includeByDefault).length,
        skipped: preview.skipped,
        problems,
        unknownOrganisations: unknown,
      },
    };
  } catch (error) {
    if (error instanceof FileReadError) return { ok: false, problem: error.problem, detail: error.message };
    throw error;
  }
}
