/** A sheet as the importer sees it: text cells by row, whatever file it came from. */
export interface Sheet {
  name: string;
  hidden: boolean;
  /** Cell text, trimmed and folded; '' for an empty cell. Row 0 is the sheet's first row. */
  rows: string[][];
}

export type FileKind = 'xlsx' | 'csv';

export interface ParsedFile {
  kind: FileKind;
  sheets: Sheet[];
  /** For text files: the encoding and delimiter that were detected. */
  encoding?: string;
  delimiter?: string;
}

/** Why a file cannot be read; each has a UI string (import.problem_…) saying what to do. */
export const FILE_PROBLEMS = [
  'fileEmpty',
  'fileOldXls',
  'fileEncrypted',
  'fileNotWorkbook',
  'fileDamaged',
  'fileTooLarge',
  'sheetEmpty',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

export class FileReadError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}
