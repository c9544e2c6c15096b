import { parseCsv } from './csvText';
import { sniffFileKind } from './fileKind';
import { FileReadError, type ParsedFile } from './sheet';
import { parseWorkbook } from './workbook';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads a registration list: .xlsx/.xlsm, or .csv/.tsv/.txt in any of the usual encodings. */
export async function readListFile(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileReadError('fileTooLarge', `${bytes.length} bytes`);
  const kind = sniffFileKind(bytes);
  const parsed = kind === 'xlsx' ? await parseWorkbook(bytes) : parseCsv(bytes, fileName);
  if (parsed.sheets.every((s) => s.rows.every((r) => r.every((c) => c === ''))))
    throw new FileReadError('sheetEmpty');
  return parsed;
}
