import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildWorkbook } from './testing/buildWorkbook';
import { FileReadError } from './sheet';
import { MAX_ROWS, cellText, parseWorkbook } from './workbook';

async function problemOf(bytes: Uint8Array): Promise<string> {
  try {
    await parseWorkbook(bytes);
    return 'none';
  } catch (error) {
    return error instanceof FileReadError ? error.problem : `unexpected ${String(error)}`;
  }
}

describe('the text of a cell', () => {
  it('gives empty cells, strings, numbers and booleans as a person sees them', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('\u3000刘\u3000申（副校长）')).toBe('刘 申(副校长)');
    expect(cellText(15710292696)).toBe('15710292696');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(new Date(Date.UTC(2026, 11, 10, 9, 5)))).toBe('2026-12-10 09:05');
  });

  it('gives a formula its result, a hyperlink and rich text their text, an error nothing', () => {
    expect(cellText({ formula: 'A1*2', result: 24 } as ExcelJS.CellValue)).toBe('24');
    expect(cellText({ sharedFormula: 'A1', result: 'x' } as ExcelJS.CellValue)).toBe('x');
    expect(cellText({ formula: 'A1' } as ExcelJS.CellValue)).toBe('');
    expect(cellText({ text: 'liu@example.cn', hyperlink: 'mailto:liu@example.cn' })).toBe('liu@example.cn');
    expect(
      cellText({ richText: [{ text: ' 科瓦列夫斯基' }, { text: '·安德烈 ', font: { bold: true } }] }),
    ).toBe('科瓦列夫斯基·安德烈');
    expect(cellText({ error: '#DIV/0!' } as ExcelJS.CellValue)).toBe('');
  });
});

describe('parsing a workbook', () => {
  it('gives every sheet with its rows, dropping empty cells and rows at the end only', async () => {
    const bytes = await buildWorkbook([
      {
        name: 'List',
        rows: [['a', null, 'c', null, '  '], [], [null, 'b'], [null, null]],
      },
      { name: 'Notes', rows: [['x']], hidden: true },
    ]);
    expect(await parseWorkbook(bytes)).toEqual({
      kind: 'xlsx',
      sheets: [
        { name: 'List', hidden: false, rows: [['a', '', 'c'], [], ['', 'b']] },
        { name: 'Notes', hidden: true, rows: [['x']] },
      ],
    });
  });

  it('refuses bytes that are not a workbook as damaged', async () => {
    expect(await problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('fileDamaged');
  });

  it(`refuses a sheet of more than ${MAX_ROWS} rows as too large`, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Big');
    sheet.getCell(MAX_ROWS + 1, 1).value = 'x';
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await problemOf(bytes)).toBe('fileTooLarge');
  });
});
