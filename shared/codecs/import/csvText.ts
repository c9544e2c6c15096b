import Papa from 'papaparse';
import { foldCellText } from './cellText';
import { FileReadError, type ParsedFile } from './sheet';

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text of a CSV or TSV file: UTF-8 (with or without BOM), UTF-16 (BOM or by its NUL pattern),
 * else GB18030, which is what Chinese-locale spreadsheet programs save (and a superset of GBK).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeWith('utf-8', bytes.subarray(3), false)!, encoding: 'UTF-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith('utf-16le', bytes.subarray(2), false)!, encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith('utf-16be', bytes.subarray(2), false)!, encoding: 'UTF-16BE' };
  const sample = bytes.subarray(0, 2048);
  const zerosOdd = sample.filter((b, i) => b === 0 && i % 2 === 1).length;
  const zerosEven = sample.filter((b, i) => b === 0 && i % 2 === 0).length;
  if (zerosOdd > sample.length / 4)
    return { text: decodeWith('utf-16le', bytes, false)!, encoding: 'UTF-16LE' };
  if (zerosEven > sample.length / 4)
    return { text: decodeWith('utf-16be', bytes, false)!, encoding: 'UTF-16BE' };
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const gb = decodeWith('gb18030', bytes, true);
  if (gb !== null) return { text: gb, encoding: 'GB18030' };
  throw new FileReadError('fileNotWorkbook', 'unknown text encoding');
}

const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter that splits the first lines into the same number of fields, most of them. */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 20);
  let best = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => Papa.parse<string[]>(line, { delimiter }).data[0]?.length ?? 1);
    const common =
      counts.sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0] ??
      1;
    const score = common > 1 ? counts.filter((c) => c === common).length * 100 + common : 0;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsv(bytes: Uint8Array, fileName: string): ParsedFile {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new FileReadError('fileEmpty');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => foldCellText(cell)));
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  const name = fileName.replace(/\.[^.]+$/, '') || 'CSV';
  return { kind: 'csv', sheets: [{ name, hidden: false, rows }], encoding, delimiter };
}
