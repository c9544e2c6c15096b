import ExcelJS from 'exceljs';

/** Builds a small workbook in memory for a test: each sheet is rows of cell values, plus options. */
export async function buildWorkbook(
  sheets: { name: string; rows: ExcelJS.CellValue[][]; hidden?: boolean; merges?: string[] }[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    sheet.rows.forEach((row, r) => row.forEach((value, c) => (ws.getCell(r + 1, c + 1).value = value)));
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
