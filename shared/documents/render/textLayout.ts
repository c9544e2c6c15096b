/**
 * Text that always fits: shrink to the box, then wrap to a set number of lines at word boundaries
 * (Intl.Segmenter: Chinese and Russian alike), keeping closing punctuation with the word before
 * and opening punctuation with the word after; personal names break only between their parts.
 * Widths are linear in size: each token is measured once, at size 1.
 */
export type MeasureAtOne = (text: string) => number;

export interface TextBox {
  width: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  lineHeight?: number;
}

export interface LaidText {
  size: number;
  lines: string[];
  /** Width of each line at `size`. */
  widths: number[];
}

const CLOSING = /^[，。、；：？！）」』》〉】,.;:!?)\]%…’”»]+$/;
const OPENING = /^[（「『《〈【([“‘«]+$/;
const ABSOLUTE_MIN_SIZE = 3;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Tokens that a line may break between. Spaces are their own tokens (dropped at a break). */
export function breakTokens(text: string, kind: 'words' | 'name'): string[] {
  if (kind === 'name') return text.split(/(\s+)/).filter(Boolean);
  const raw = [...segmenter(/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'zh').segment(text)].map(
    (s) => s.segment,
  );
  const tokens: string[] = [];
  for (const piece of raw) {
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && CLOSING.test(piece)) tokens[tokens.length - 1] = previous + piece;
    else if (previous !== undefined && OPENING.test(previous)) tokens[tokens.length - 1] = previous + piece;
    else tokens.push(piece);
  }
  return tokens;
}

const isSpace = (token: string) => /^\s+$/.test(token);

/** Greedy wrap at one size; a token wider than the line is split into characters (never for names). */
function wrap(
  tokens: string[],
  widthsAtOne: number[],
  size: number,
  width: number,
  splittable: boolean,
  measure: MeasureAtOne,
): { lines: string[]; widths: number[] } | null {
  const lines: string[] = [];
  const widths: number[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    const trimmed = line.trimEnd();
    if (trimmed) {
      lines.push(trimmed);
      widths.push(trimmed === line ? lineWidth : measure(trimmed) * size);
    }
    line = '';
    lineWidth = 0;
  };
  tokens.forEach((token, i) => {
    const tokenWidth = widthsAtOne[i]! * size;
    if (isSpace(token)) {
      if (line) {
        line += token;
        lineWidth += tokenWidth;
      }
      return;
    }
    if (lineWidth + tokenWidth <= width || !line.trim()) {
      if (tokenWidth > width && splittable) {
        for (const char of token) {
          const w = measure(char) * size;
          if (lineWidth + w > width && line) push();
          line += char;
          lineWidth += w;
        }
        return;
      }
      line += token;
      lineWidth += tokenWidth;
      return;
    }
    push();
    line = token;
    lineWidth = tokenWidth;
  });
  push();
  if (!splittable && widths.some((w) => w > width + 1e-6)) return null;
  return { lines, widths };
}

export function layoutText(
  text: string,
  box: TextBox,
  measure: MeasureAtOne,
  kind: 'words' | 'name' = 'words',
): LaidText {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return { size: box.maxSize, lines: [], widths: [] };
  const full = measure(clean);
  // On one line at the largest size, or — for one-line boxes — at the size that fits: a division.
  if (full * box.maxSize <= box.width || box.maxLines === 1) {
    const size = Math.min(box.maxSize, box.width / full);
    return { size, lines: [clean], widths: [full * size] };
  }
  const tokens = breakTokens(clean, kind);
  const widthsAtOne = tokens.map(measure);
  const attempt = (size: number) => {
    const wrapped = wrap(
      tokens,
      widthsAtOne,
      size,
      box.width,
      kind === 'words' || size <= box.minSize,
      measure,
    );
    return wrapped && wrapped.lines.length <= box.maxLines ? { size, ...wrapped } : null;
  };
  // Fitting only gets easier as the size falls: search the largest fitting size in quarter points.
  let low = Math.round(ABSOLUTE_MIN_SIZE * 4);
  let high = Math.round(box.maxSize * 4);
  let best = attempt(low / 4);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const fits = attempt(middle / 4);
    if (fits) {
      best = fits;
      low = middle;
    } else high = middle - 1;
  }
  if (best) return best;
  // Nothing fits even at the smallest size: one line, scaled to the width.
  const size = box.width / full;
  return { size, lines: [clean], widths: [box.width] };
}
