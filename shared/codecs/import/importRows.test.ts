import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './headers';
import {
  MappedRow,
  classifyRow,
  columnLabel,
  columnLetter,
  dataRowIndexes,
  type ImportSettings,
} from './importRows';

const headers = ['编号', '姓名', '单位', ''];
const mapping: ColumnMapping = ['code', 'fullName', 'organisation', null];
const settings = (over: Partial<ImportSettings> = {}): ImportSettings => ({
  headerRowIndex: 0,
  mapping,
  constants: {},
  overrides: {},
  ...over,
});

describe('column letters', () => {
  it('count as a spreadsheet does: A–Z, then AA, AB …, then AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('are labelled with their header when the column has one', () => {
    expect(columnLabel(headers, 1)).toBe('B «姓名»');
    expect(columnLabel(headers, 3)).toBe('D');
    expect(columnLabel(headers, 9)).toBe('J');
  });
});

describe('a data row read through the mapping', () => {
  it('gives each field the cell of its column, and the spreadsheet row number', () => {
    const row = new MappedRow(4, ['A001', '刘申', '哈职院', 'ignored'], settings(), headers);
    expect(row.sheetRow).toBe(5);
    expect(row.value('code')).toBe('A001');
    expect(row.value('fullName')).toBe('刘申');
    expect(row.value('phone')).toBe('');
  });

  it('prefers a correction typed in the preview to the cell', () => {
    const row = new MappedRow(4, ['A001', '刘 申', ''], settings({ overrides: { '4:1': '刘申' } }), headers);
    expect(row.value('fullName')).toBe('刘申');
    // A correction for another row changes nothing here.
    const other = new MappedRow(5, ['A002', '王伟'], settings({ overrides: { '4:1': '刘申' } }), headers);
    expect(other.value('fullName')).toBe('王伟');
  });

  it('uses the constant where the row has no value, and only there', () => {
    const s = settings({ constants: { category: 'delegate', organisation: '哈职院' } });
    expect(new MappedRow(1, ['A1', 'x', ''], s, headers).value('organisation')).toBe('哈职院');
    expect(new MappedRow(1, ['A1', 'x', '太平洋大学'], s, headers).value('organisation')).toBe('太平洋大学');
    expect(new MappedRow(1, ['A1'], s, headers).value('category')).toBe('delegate');
    // A cell cleared in the preview falls back to the constant too.
    const cleared = settings({ constants: { organisation: '哈职院' }, overrides: { '1:2': '' } });
    expect(new MappedRow(1, ['A1', 'x', '太平洋大学'], cleared, headers).value('organisation')).toBe(
      '哈职院',
    );
  });

  it('takes off the apostrophe CSV exports put before formula-like text', () => {
    const row = new MappedRow(1, ["'=A1", "'+7 914"], settings({ mapping: ['code', 'phone'] }), headers);
    expect(row.value('code')).toBe('=A1');
    expect(row.value('phone')).toBe('+7 914');
  });

  it('places a problem in its column, or on the whole row for the name and the row', () => {
    const row = new MappedRow(2, ['A1', '刘申', '?'], settings(), headers);
    expect(row.column('organisation')).toBe('C «单位»');
    expect(row.column('category')).toBe('');
    expect(row.problem('organisation', 'import.unknownOrganisation', 'warning')).toEqual({
      rowIndex: 2,
      sheetRow: 3,
      column: 'C «单位»',
      columnIndex: 2,
      field: 'organisation',
      message: 'import.unknownOrganisation',
      severity: 'warning',
    });
    expect(row.problem('name', 'import.noName', 'error', { n: 2 })).toEqual({
      rowIndex: 2,
      sheetRow: 3,
      column: '',
      columnIndex: -1,
      field: 'name',
      message: 'import.noName',
      severity: 'error',
      params: { n: 2 },
    });
    // A field filled by a constant has no column.
    expect(row.problem('category', 'import.unknownCategory', 'error')).toMatchObject({
      column: '',
      columnIndex: -1,
    });
  });
});

describe('which rows are records', () => {
  it('skips a row whose mapped cells are empty, whatever unmapped cells say', () => {
    expect(classifyRow(['', '', '', 'note'], mapping, {}, 3)).toBe('blank');
    expect(classifyRow([], mapping, {}, 3)).toBe('blank');
  });

  it('counts a correction typed into an empty row', () => {
    expect(classifyRow(['', '', ''], mapping, { '3:1': '刘申' }, 3)).toBe('data');
    expect(classifyRow(['', '', ''], mapping, { '4:1': '刘申' }, 3)).toBe('blank');
  });

  it('skips a totals row with a few figures, but not a full record that mentions a total', () => {
    expect(classifyRow(['合计', '153', ''], mapping, {}, 9)).toBe('totals');
    expect(classifyRow(['', '', '', 'Итого:'], ['code', 'fullName', 'organisation', 'notes'], {}, 9)).toBe(
      'totals',
    );
    const wide: ColumnMapping = ['code', 'fullName', 'organisation', 'position'];
    expect(classifyRow(['A1', '刘申', '哈职院', '合计'], wide, {}, 9)).toBe('data');
    expect(classifyRow(['A1', '刘申', '哈职院'], mapping, {}, 9)).toBe('data');
  });

  it('lists the data rows after the header, and the totals rows it skipped by sheet row', () => {
    const rows = [
      ['标题'],
      ['编号', '姓名', '单位'],
      ['A1', '刘申', '哈职院'],
      ['', '', ''],
      ['A2', '王伟', ''],
      ['合计', '2', ''],
    ];
    expect(dataRowIndexes(rows, settings({ headerRowIndex: 1 }))).toEqual({
      data: [2, 4],
      skipped: [{ sheetRow: 6, reason: 'totals' }],
    });
  });
});
