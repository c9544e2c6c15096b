import type { MessageKey } from '../../../locales';
import type { SeatRule } from '../electionTypes';
import type { BallotMethod, MarkKind } from './types';
import { yesNoAbstain } from './yesNoAbstain';
import { yesNo } from './yesNo';
import { markUpTo } from './markUpTo';
import { approval } from './approval';

export type { BallotMethod, Mark, MarkKind, MethodPost, ParsedMarks } from './types';

/** Every ballot method, in the order the setup offers them. Adding a method: its module and one line here. */
export const METHODS = {
  yesNoAbstain,
  yesNo,
  markUpTo,
  approval,
} satisfies Record<string, BallotMethod>;

/** A method's id as it is stored in the record: never renamed. */
export type BallotMethodId = keyof typeof METHODS;

export const BALLOT_METHODS = Object.keys(METHODS) as [BallotMethodId, ...BallotMethodId[]];

export function methodOf(post: { method: BallotMethodId }): BallotMethod {
  return METHODS[post.method];
}

export function isBallotMethod(value: unknown): value is BallotMethodId {
  return typeof value === 'string' && Object.hasOwn(METHODS, value);
}

/** The figures of a table that holds several posts: every figure any of them has, in paper order. */
export function figuresOf(posts: readonly { method: BallotMethodId }[]): BallotMethod['figures'] {
  const used = new Set(posts.flatMap((post) => methodOf(post).figures));
  return (['yes', 'no', 'abstain'] as const).filter((figure) => used.has(figure));
}

/** A figure's heading in such a table: as the first post that has it names it. */
export function figureHeader(posts: readonly { method: BallotMethodId }[], figure: MarkKind): MessageKey {
  const post = posts.find((candidate) => methodOf(candidate).figures.includes(figure));
  return post ? methodOf(post).figureKey(figure) : `elections.box_${figure}`;
}

/** A post switched to another method: a seat rule that does not go with it becomes the relative majority. */
export function withMethod<Post extends { method: BallotMethodId; rule: SeatRule }>(
  post: Post,
  method: BallotMethodId,
): Post {
  const fits = METHODS[method].seatRules.some((kind) => kind === post.rule.kind);
  return { ...post, method, rule: fits ? post.rule : { kind: 'relative' } };
}
