import type { MessageKey, Translate } from '../../../locales';
import type { Mark, MethodPost, ParsedMarks } from './types';

const SEPARATORS = /[\s,;，、]+/;

/** Numbers of the marked candidates (1-based, separated by spaces or commas): "mark" papers. */
export function readNumbers(post: MethodPost, typed: string): ParsedMarks {
  const n = post.candidates.length;
  const marks = Array<Mark>(n).fill('0');
  for (const token of typed.trim().split(SEPARATORS).filter(Boolean)) {
    const number = /^\d+$/.test(token) ? Number(token) : NaN;
    if (!(number >= 1 && number <= n))
      return { ok: false, error: { message: 'elections.markNotACandidate', params: { value: token, n } } };
    marks[number - 1] = '1';
  }
  return { ok: true, marks: marks.join('') };
}

/** The marks as numbers of the marked candidates. */
export function typedNumbers(marks: string): string {
  return [...marks].flatMap((m, i) => (m === '1' ? [String(i + 1)] : [])).join(' ');
}

/**
 * One digit per candidate in ballot order (0 or . no mark, 4 or x several boxes; spaces ignored;
 * fewer digits than candidates leave the rest unmarked): yes/no papers.
 */
export function digitReader(allowed: RegExp, badMark: MessageKey) {
  return (post: MethodPost, typed: string): ParsedMarks => {
    const n = post.candidates.length;
    const digits = typed.trim().replace(/\s+/g, '').replace(/\./g, '0').replace(/[xX×]/g, '4');
    if (digits.length > n)
      return { ok: false, error: { message: 'elections.tooManyMarks', params: { typed: digits.length, n } } };
    for (let i = 0; i < digits.length; i++) {
      if (!allowed.test(digits[i]!))
        return { ok: false, error: { message: badMark, params: { value: digits[i]!, position: i + 1 } } };
    }
    return { ok: true, marks: digits.padEnd(n, '0') };
  };
}

/** The marks as digits, without the unmarked candidates at the end. */
export function typedDigits(marks: string): string {
  return marks.replace(/0+$/, '');
}

/** The limits as set in the post. */
export function postLimits(post: MethodPost): { min: number; max: number } {
  return { min: post.minMarks, max: post.maxMarks };
}

/** "Vote for no more than k" and, when there is one, the minimum. */
export function limitText(post: MethodPost, t: Translate, key: MessageKey): string {
  const minimum = post.minMarks > 0 ? ` ${t('elections.instructMin', { m: post.minMarks })}` : '';
  return t(key, { k: post.maxMarks }) + minimum;
}
