import { breakTokens, type MeasureAtOne } from './textLayout';

/** The words of a header, the pieces a line may not break inside: "弃权\nВоздерж." → 弃权, Воздерж. */
export function headerWords(header: string): string[] {
  return header
    .split('\n')
    .flatMap((line) => breakTokens(line, 'words'))
    .filter((token) => token.trim());
}

/** The width, in points, of a header's longest word at a size. */
export function longestWordWidth(header: string, measure: MeasureAtOne, size: number): number {
  return Math.max(0, ...headerWords(header).map((word) => measure(word) * size));
}

/**
 * Column shares widened so that each column is at least its minimum width (points, of `total`):
 * the room is taken from the columns with some to spare, in proportion to what each can give.
 * When the minimums do not fit together, the shares stay as they are.
 */
export function fitColumns<C extends { width: number }>(
  columns: readonly C[],
  minimums: readonly number[],
  total: number,
): C[] {
  const widths = columns.map((c) => c.width * total);
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, minimums[i]! - w), 0);
  const spare = widths.map((w, i) => Math.max(0, w - minimums[i]!));
  const available = spare.reduce((sum, s) => sum + s, 0);
  if (deficit === 0 || available < deficit) return [...columns];
  return columns.map((column, i) => {
    const width = widths[i]! < minimums[i]! ? minimums[i]! : widths[i]! - (spare[i]! * deficit) / available;
    return { ...column, width: width / total };
  });
}

const WIDE = /[ЖШЩЪЫЮФМжшщъыюфмMWmw№%—]/;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** A character's width at size 1, on the safe side of Arial Bold and Noto Sans SC Bold alike. */
function estimatedCharWidth(char: string): number {
  if (char === '№') return 1.12;
  if (WIDE.test(char)) return 1.08;
  if (EAST_ASIAN.test(char)) return 1;
  if (/\p{Lu}/u.test(char)) return 0.8;
  if (/[\p{L}\p{N}]/u.test(char)) return 0.68;
  return 0.56;
}

/**
 * A text's width at size 1 in a font the app cannot measure: the word processor's (Arial and
 * SimSun for a .docx), estimated from its letters, never narrower than the text is.
 */
export function estimatedWidthAtOne(text: string): number {
  return [...text].reduce((sum, char) => sum + estimatedCharWidth(char), 0);
}
