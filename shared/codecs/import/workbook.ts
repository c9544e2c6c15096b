import ExcelJS from 'exceljs';
import { foldCellText, isoDateText, numberText } from './cellText';
import { FileReadError, type ParsedFile, type Sheet } from './sheet';

type CellValue = ExcelJS.CellValue;

/** The text a person sees in a cell: formula results, rich text, hyperlink text, dates, numbers as typed. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return foldCellText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return foldCellText(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: CellValue }).result);
    if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text);
    if ('text' in value) return cellText((value as { text?: CellValue }).text);
    if ('error' in value) return '';
  }
  return foldCellText(String(value));
}

export const MAX_ROWS = 100_000;

/** Reads every sheet of an .xlsx/.xlsm workbook as rows of cell text. */
export async function parseWorkbook(bytes: Uint8Array): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new FileReadError('fileDamaged', error instanceof Error ? error.message : String(error));
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > MAX_ROWS)
      throw new FileReadError('fileTooLarge', `${worksheet.name}: ${worksheet.rowCount} rows`);
    const values = worksheet.getSheetValues() as (CellValue[] | undefined)[];
    const rows: string[][] = [];
    for (let r = 1; r < values.length; r++) {
      const row = values[r];
      const cells: string[] = [];
      if (row) for (let c = 1; c < row.length; c++) cells.push(cellText(row[c]));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      rows.push(cells);
    }
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    sheets.push({ name: worksheet.name, hidden: worksheet.state !== 'visible', rows });
  }
  if (sheets.length === 0) throw new FileReadError('fileDamaged', 'no sheets');
  return { kind: 'xlsx', sheets };
}
