/**
 * Folds what people type into registration lists: full-width spaces and brackets, runs of
 * spaces, non-breaking spaces. Letters keep their width (Ｍ is not changed here; matching does that).
 */
export function foldCellText(text: string): string {
  return text
    .replace(/[\u3000\u00a0\u2002-\u200b\ufeff]/g, ' ')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/【/g, '[')
    .replace(/】/g, ']')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\r?\n */g, '\n')
    .trim();
}

/** A number as people wrote it: 15710292696 not 1.5710292696e+10, 12 not 12.0. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
  return String(Number(value.toPrecision(15)));
}

export function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}
