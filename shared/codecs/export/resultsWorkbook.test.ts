import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { resultsTables } from './resultsWorkbook';
import { writeWorkbook } from './spreadsheet';
import { endOfDayRecord } from '../../documents/minutes/testing/assemblyRecord';
import { translator } from '../../../cli/translate';

describe('the results workbook', () => {
  it(
    'has a sheet per vote and election round with rule, ' +
      'snapshots and figures, and the issuance log without papers',
    async () => {
      const record = endOfDayRecord();
      const tables = resultsTables(record, translator('en'), 'en', (iso) => iso.slice(0, 16));
      expect(tables.map((t) => t.sheetName)).toEqual([
        '1 Adoption of the charter',
        '2 Election of the council',
        '3 Election of the officers',
        '4 Election of the officers · ro',
        'Ballot issuance',
      ]);
      const charter = tables[0]!.rows;
      expect(charter).toContainEqual(['Yes', 122]);
      expect(charter).toContainEqual([
        'Rule',
        'majority: at least 2/3 of those present; quorum: at least 2/3',
      ]);
      expect(charter).toContainEqual(['At opening', '135 present of 153']);
      const council = tables[1]!.rows;
      expect(council.filter((r) => r[6] === 'elected')).toHaveLength(9);
      expect(council.find((r) => r[1] === 9)).toEqual([
        'Council members',
        9,
        expect.stringContaining('represented by'),
        119,
        1,
        0,
        'elected',
      ]);
      expect(tables[2]!.rows.filter((r) => r[6] === 'tied')).toHaveLength(2);
      const issuance = tables[4]!;
      expect(issuance.columns.map((c) => c.header)).toEqual([
        'Election',
        'Time',
        'Code',
        'Name',
        'Organisation',
        'Desk',
      ]);
      expect(issuance.rows).toHaveLength(record.issues.length);
      const bytes = await writeWorkbook(tables);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as never);
      expect(book.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.sheetName));
      expect(book.getWorksheet('1 Adoption of the charter')!.getRow(10).values).toEqual([
        undefined,
        'Yes',
        122,
      ]);
    },
  );

  it('names voters in their own script and organisations in Russian, else as first written, in Russian', () => {
    const record = endOfDayRecord();
    const issued = new Set(record.issues.map((x) => x.voterId));
    const russian = record.attendees.find((a) => a.familyNameCyr && issued.has(a.id))!;
    const chinese = record.attendees.find((a) => !a.familyNameCyr && issued.has(a.id))!;
    const untranslated = record.organisations.find((o) => o.id === chinese.organisationId)!;
    untranslated.name = { ...untranslated.name, ru: '' };
    const tables = resultsTables(record, translator('ru'), 'ru', (iso) => iso.slice(0, 16));
    const rows = tables[tables.length - 1]!.rows;
    const rowOf = (code: string) => rows.find((r) => r[2] === code)!;
    expect(rowOf(russian.code)[3]).toBe(
      [russian.familyNameCyr, russian.givenNameCyr, russian.patronymicCyr].filter(Boolean).join(' '),
    );
    expect(rowOf(chinese.code)[3]).toBe(`${chinese.familyNameZh}${chinese.givenNameZh}`);
    expect(rowOf(chinese.code)[4]).toBe(untranslated.name.zh);
  });
});
