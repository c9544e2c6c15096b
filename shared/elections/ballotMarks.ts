import type { MessageKey } from '../locales';
import type { BallotMethod, ElectionPost } from './electionTypes';

/** One stored mark per candidate: 0 none, 1 yes (or marked), 2 no, 3 abstain, 4 more than one box. */
export type Mark = '0' | '1' | '2' | '3' | '4';

export type ParsedMarks =
  | { ok: true; marks: string }
  | { ok: false; error: { message: MessageKey; params: Record<string, string | number> } };

/**
 * What a teller types for one post, made into the stored form. For yes/no methods: one digit per
 * candidate in ballot order (1 yes, 2 no, 3 abstain, 0 or . no mark, 4 or x several boxes marked;
 * spaces ignored; fewer digits than candidates leave the rest unmarked). For "mark up to k": the numbers of the marked candidates
 * (1-based, separated by spaces or commas). Nothing typed is a blank paper for the post.
 */
export function parseMarks(
  post: Pick<ElectionPost, 'method'> & { candidates: readonly unknown[] },
  typed: string,
): ParsedMarks {
  const n = post.candidates.length;
  const text = typed.trim();
  if (post.method === 'markUpTo') {
    const marks = Array<Mark>(n).fill('0');
    for (const token of text.split(/[\s,;，、]+/).filter(Boolean)) {
      const number = /^\d+$/.test(token) ? Number(token) : NaN;
      if (!(number >= 1 && number <= n))
        return { ok: false, error: { message: 'elections.markNotACandidate', params: { value: token, n } } };
      marks[number - 1] = '1';
    }
    return { ok: true, marks: marks.join('') };
  }
  const digits = text.replace(/\s+/g, '').replace(/\./g, '0').replace(/[xX×]/g, '4');
  if (digits.length > n)
    return { ok: false, error: { message: 'elections.tooManyMarks', params: { typed: digits.length, n } } };
  const allowed = post.method === 'yesNo' ? /^[0124]$/ : /^[01234]$/;
  for (let i = 0; i < digits.length; i++) {
    if (!allowed.test(digits[i]!))
      return {
        ok: false,
        error: {
          message: post.method === 'yesNo' ? 'elections.badMarkYesNo' : 'elections.badMark',
          params: { value: digits[i]!, position: i + 1 },
        },
      };
  }
  return { ok: true, marks: digits.padEnd(n, '0') };
}

/** The stored marks as the teller would type them (for a correction). */
export function typedMarks(method: BallotMethod, marks: string): string {
  if (method === 'markUpTo')
    return [...marks].flatMap((m, i) => (m === '1' ? [String(i + 1)] : [])).join(' ');
  return marks.replace(/0+$/, '');
}

export type PaperVerdict =
  | { status: 'valid'; marks: string }
  | { status: 'blank' }
  | { status: 'invalid'; reason: 'overMarked' | 'underMarked' | 'spoilt' };

/**
 * Whether a paper counts for a post: a spoilt paper is invalid everywhere; no mark at all is blank;
 * a candidate with more than one box marked, or more yes marks (or marks) than the post allows, is
 * over-marked, fewer than its minimum under-marked — invalid for that post only.
 */
export function judgePaper(
  post: Pick<ElectionPost, 'maxMarks' | 'minMarks'> & { candidates: readonly unknown[] },
  marks: string | undefined,
  spoilt: boolean,
): PaperVerdict {
  if (spoilt) return { status: 'invalid', reason: 'spoilt' };
  const stored = (marks ?? '').padEnd(post.candidates.length, '0').slice(0, post.candidates.length);
  if (!/[1234]/.test(stored)) return { status: 'blank' };
  if (stored.includes('4')) return { status: 'invalid', reason: 'overMarked' };
  const yes = [...stored].filter((m) => m === '1').length;
  if (yes > post.maxMarks) return { status: 'invalid', reason: 'overMarked' };
  if (yes < post.minMarks) return { status: 'invalid', reason: 'underMarked' };
  return { status: 'valid', marks: stored };
}

export type MarkKind = 'yes' | 'no' | 'abstain';

/** The figures a post's method gives per candidate, in the order of the paper's boxes. */
export function markKinds(method: BallotMethod): MarkKind[] {
  return method === 'markUpTo' ? ['yes'] : method === 'yesNo' ? ['yes', 'no'] : ['yes', 'no', 'abstain'];
}

/** The key of a box's heading: a mark-up-to-k paper has one box, "mark"; yes/no papers have for, against, abstain. */
export function boxKey(method: BallotMethod, kind: MarkKind): MessageKey {
  return `elections.box_${method === 'markUpTo' ? 'mark' : kind}`;
}
