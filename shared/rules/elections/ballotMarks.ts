import type { ElectionPost } from './electionTypes';
import { methodOf, type BallotMethodId, type MethodPost, type ParsedMarks } from './methods';

export type { Mark, MarkKind, ParsedMarks } from './methods';

type PostOfMethod = Pick<ElectionPost, 'method'> & MethodPost;

/** What a teller types for one post, read as the post's method reads it. Nothing typed is a blank paper. */
export function parseMarks(post: PostOfMethod, typed: string): ParsedMarks {
  return methodOf(post).parse(post, typed);
}

/** The stored marks as the teller would type them (for a correction). */
export function typedMarks(method: BallotMethodId, marks: string): string {
  return methodOf({ method }).typed(marks);
}

export type PaperVerdict =
  | { status: 'valid'; marks: string }
  | { status: 'blank' }
  | { status: 'invalid'; reason: 'overMarked' | 'underMarked' | 'spoilt' };

/**
 * Whether a paper counts for a post: a spoilt paper is invalid everywhere; no mark at all is blank;
 * a candidate with more than one box marked, or more yes marks (or marks) than the method allows, is
 * over-marked, fewer than its minimum under-marked — invalid for that post only.
 */
export function judgePaper(post: PostOfMethod, marks: string | undefined, spoilt: boolean): PaperVerdict {
  if (spoilt) return { status: 'invalid', reason: 'spoilt' };
  const stored = (marks ?? '').padEnd(post.candidates.length, '0').slice(0, post.candidates.length);
  if (!/[1234]/.test(stored)) return { status: 'blank' };
  if (stored.includes('4')) return { status: 'invalid', reason: 'overMarked' };
  const limits = methodOf(post).limits(post);
  const yes = [...stored].filter((m) => m === '1').length;
  if (yes > limits.max) return { status: 'invalid', reason: 'overMarked' };
  if (yes < limits.min) return { status: 'invalid', reason: 'underMarked' };
  return { status: 'valid', marks: stored };
}
