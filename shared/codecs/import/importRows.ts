import type { MessageKey } from '../../locales';
import type { ColumnMapping, ImportField } from './headers';
import { isTotalsLabel, unprotectCsvText } from './cellValues';

/** A problem with one cell or row of a list, by the row number the spreadsheet shows. */
export interface RowProblem {
  /** Index into the sheet's rows (0-based). */
  rowIndex: number;
  /** The row number the spreadsheet shows (1-based). */
  sheetRow: number;
  /** The column letter (A, B …) and its header, or '' for the row as a whole. */
  column: string;
  /** The column's index, or -1 for the row as a whole or a constant. */
  columnIndex: number;
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export interface ImportSettings {
  headerRowIndex: number;
  mapping: ColumnMapping;
  /** A value for every row, used where the row has none (e.g. all rows are delegates). */
  constants: Partial<Record<ImportField, string>>;
  /** Corrections typed in the preview: `${rowIndex}:${columnIndex}` → text. */
  overrides: Record<string, string>;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnLabel(headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return header ? `${columnLetter(index)} «${header}»` : columnLetter(index);
}

/** Reads a data row through the mapping: the value of each field, and the column it came from. */
export class MappedRow {
  constructor(
    readonly rowIndex: number,
    private readonly cells: readonly string[],
    private readonly settings: ImportSettings,
    private readonly headers: readonly string[],
  ) {}

  get sheetRow(): number {
    return this.rowIndex + 1;
  }

  private columnOf(field: ImportField): number {
    return this.settings.mapping.indexOf(field);
  }

  value(field: ImportField): string {
    const column = this.columnOf(field);
    if (column >= 0) {
      const override = this.settings.overrides[`${this.rowIndex}:${column}`];
      const cell = override ?? this.cells[column] ?? '';
      if (cell !== '') return unprotectCsvText(cell);
    }
    return this.settings.constants[field] ?? '';
  }

  /** Where a field's value is shown in the preview: the column, or '' for a constant. */
  column(field: ImportField): string {
    const column = this.columnOf(field);
    return column >= 0 ? columnLabel(this.headers, column) : '';
  }

  problem(
    field: ImportField | 'name' | 'row',
    message: MessageKey,
    severity: RowProblem['severity'],
    params?: RowProblem['params'],
  ): RowProblem {
    const whole = field === 'name' || field === 'row';
    const column = whole ? '' : this.column(field);
    const columnIndex = whole ? -1 : this.columnOf(field);
    return {
      rowIndex: this.rowIndex,
      sheetRow: this.sheetRow,
      column,
      columnIndex,
      field,
      message,
      severity,
      ...(params ? { params } : {}),
    };
  }
}

export type RowKind = 'data' | 'blank' | 'totals';

/** Blank rows and totals rows are not records. */
export function classifyRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  overrides: Record<string, string>,
  rowIndex: number,
): RowKind {
  const mapped = cells.map((c, i) => (mapping[i] ? (overrides[`${rowIndex}:${i}`] ?? c) : ''));
  const filled = mapped.filter((c) => c !== '');
  if (filled.length === 0) return 'blank';
  if (cells.some((c) => isTotalsLabel(c)) && filled.length <= 3) return 'totals';
  return 'data';
}

export function dataRowIndexes(
  rows: readonly string[][],
  settings: ImportSettings,
): { data: number[]; skipped: { sheetRow: number; reason: 'blank' | 'totals' }[] } {
  const data: number[] = [];
  const skipped: { sheetRow: number; reason: 'blank' | 'totals' }[] = [];
  for (let i = settings.headerRowIndex + 1; i < rows.length; i++) {
    const kind = classifyRow(rows[i]!, settings.mapping, settings.overrides, i);
    if (kind === 'data') data.push(i);
    else if (kind === 'totals') skipped.push({ sheetRow: i + 1, reason: kind });
  }
  return { data, skipped };
}
