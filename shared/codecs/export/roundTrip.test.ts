import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attendeeTable, organisationTable, type ExportLabels } from './listExports';
import { writeCsv, writeWorkbook } from './spreadsheet';
import { readListFile } from '../import/readListFile';
import { detectHeaderRow, suggestMapping } from '../import/headers';
import { previewAttendeeImport } from '../import/attendeeImport';
import { previewOrganisationImport } from '../import/organisationImport';
import { planDemoConference } from '../../demo/demoConference';
import { replayEvents } from '../../core/domain/reducers';
import type { Attendee, Organisation } from '../../core/domain/entities';
import { stampAll } from '../../core/domain/testing/memoryLog';
import type { ParsedFile } from '../import/sheet';
import { foldCellText } from '../import/cellText';

const LABELS: Record<string, string> = {
  'common.yes': '是',
  'common.no': '否',
  'exports.attendeesSheet': '参会人员',
  'exports.organisationsSheet': '成员单位',
  'attendeeCategories.delegate': '代表',
  'attendeeCategories.guest': '嘉宾',
  'attendeeCategories.speaker': '发言人',
  'attendeeCategories.staff': '工作人员',
  'attendeeCategories.press': '媒体',
  'attendeeCategories.interpreter': '翻译',
  'attendeeCategories.observer': '列席',
  'genders.male': '男',
  'genders.female': '女',
  'organisationCategories.russianInstitution': '俄方院校',
  'organisationCategories.undergraduateUniversity': '本科院校',
  'organisationCategories.higherVocationalCollege': '高职院校',
  'organisationCategories.secondaryVocationalSchool': '中职院校',
  'organisationCategories.enterpriseOrResearch': '企业及研究机构',
  'organisationCategories.overseasInstitution': '境外机构',
  'organisationCategories.publicBody': '政府部门',
  'organisationCategories.media': '媒体',
  'organisationCategories.other': '其他',
  'organisationStatuses.member': '成员',
  'organisationStatuses.prospective': '意向成员',
  'organisationStatuses.other': '其他',
};
const labels: ExportLabels = {
  t: (key) => LABELS[key] ?? key,
  language: 'zh-CN',
  localName: (o) => o.name.zh || o.name.ru || o.name.en,
};

function demo() {
  const events = stampAll(planDemoConference().events, { at: () => 't' });
  const rows = [...replayEvents(events).values()];
  const attendees = rows.filter((r): r is Attendee => 'givenNameZh' in r);
  const organisations = rows.filter((r): r is Organisation => 'votingRight' in r);
  // Text that a spreadsheet would take for a formula must come back as text.
  attendees[0] = {
    ...attendees[0]!,
    notes: '=HYPERLINK("http://x","点我")',
    position: '+7 副校长',
    email: '',
  };
  return { attendees, organisations };
}

function settingsFor(file: ParsedFile, target: 'attendees' | 'organisations') {
  const rows = file.sheets[0]!.rows;
  const header = detectHeaderRow(rows, target);
  return {
    headerRowIndex: header.rowIndex,
    mapping: suggestMapping(rows[header.rowIndex]!, target),
    constants: {},
    overrides: {},
  };
}

const comparable = (a: Attendee) => ({
  code: a.code,
  familyNameZh: a.familyNameZh,
  givenNameZh: a.givenNameZh,
  familyNameCyr: a.familyNameCyr,
  givenNameCyr: a.givenNameCyr,
  patronymicCyr: a.patronymicCyr,
  familyNameLatin: a.familyNameLatin,
  givenNameLatin: a.givenNameLatin,
  position: a.position,
  category: a.category,
  gender: a.gender,
  phone: a.phone,
  email: a.email,
  notes: a.notes,
});

describe('exporting and importing again', () => {
  it('gives back the same attendees and organisations from the workbook', async () => {
    const { attendees, organisations } = demo();
    const file = await readListFile(
      await writeWorkbook([attendeeTable(attendees, organisations, labels)]),
      'attendees.xlsx',
    );
    const back = previewAttendeeImport(file.sheets[0]!, settingsFor(file, 'attendees'), {
      organisations,
      attendees: [],
    });
    expect(back.rows.map((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual(
      back.rows.map(() => []),
    );
    expect(back.rows.map((r) => comparable({ ...attendees[0]!, ...r.fields }))).toEqual(
      attendees.map(comparable),
    );
    expect(back.rows.map((r) => r.organisationId)).toEqual(attendees.map((a) => a.organisationId));
    const delegates = new Set(organisations.map((o) => o.delegateId));
    expect(back.rows.map((r) => r.votingDelegate)).toEqual(attendees.map((a) => delegates.has(a.id)));

    const orgFile = await readListFile(
      await writeWorkbook([organisationTable(organisations, attendees, labels)]),
      'organisations.xlsx',
    );
    const orgsBack = previewOrganisationImport(orgFile.sheets[0]!, settingsFor(orgFile, 'organisations'), []);
    const strip = (o: Organisation) => ({ ...o, delegateId: null, substituteId: null });
    expect(orgsBack.rows.map((r) => r.fields)).toEqual(
      organisations.map((o) => {
        const {
          id: _i,
          conferenceId: _c,
          version: _v,
          createdAt: _a,
          updatedAt: _u,
          deletedAt: _d,
          ...fields
        } = strip(o);
        return fields;
      }),
    );
  });

  it('gives back the same attendees from CSV, formula-like text included', async () => {
    const { attendees, organisations } = demo();
    const csv = writeCsv(attendeeTable(attendees, organisations, labels));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv)).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    const file = await readListFile(csv, 'attendees.csv');
    const back = previewAttendeeImport(file.sheets[0]!, settingsFor(file, 'attendees'), {
      organisations,
      attendees: [],
    });
    expect(back.rows.map((r) => comparable({ ...attendees[0]!, ...r.fields }))).toEqual(
      attendees.map(comparable),
    );
  });

  it('writes a workbook that LibreOffice opens with the right text in every cell', async () => {
    const { attendees, organisations } = demo();
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-lo-'));
    const table = attendeeTable(attendees.slice(0, 30), organisations, labels);
    writeFileSync(path.join(dir, 'attendees.xlsx'), await writeWorkbook([table]));
    execFileSync(
      'libreoffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        dir,
        path.join(dir, 'attendees.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const converted = readFileSync(path.join(dir, 'attendees.csv'), 'utf8');
    const file = await readListFile(new TextEncoder().encode(converted), 'attendees.csv');
    const cells = file.sheets[0]!.rows;
    // The reader folds full-width brackets, so compare with the folded text.
    expect(cells[0]).toEqual(table.columns.map((c) => foldCellText(c.header)));
    expect(cells.slice(1)).toEqual(table.rows.map((row) => row.map((v) => foldCellText(String(v)))));
    expect(cells[1]![16]).toBe('=HYPERLINK("http://x","点我")');
  }, 120_000);
});
