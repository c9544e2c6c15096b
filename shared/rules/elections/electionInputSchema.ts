import { z } from 'zod';
import { BALLOT_METHODS, ELECTION_BASES, TIE_RULES } from './electionTypes';
import { isWeight, MAX_COUNT } from '../counting/numbers';
import { methodOf } from './methods';
import { quorumInputSchema } from '../counting/voteInputSchema';

const count = z
  .number()
  .refine(isWeight, { message: 'a weight is a decimal with at most 6 places, at most 1,000,000' });
const whole = z.number().int().min(0).max(MAX_COUNT);
const comparison = z.enum(['>', '>=']);
/** A name as a string, or in three languages as the app stores it. */
const text = z.union([
  z.string(),
  z.object({ zh: z.string(), ru: z.string(), en: z.string() }).transform((t) => t.zh || t.ru || t.en),
]);
const candidate = z.object({ id: z.string().min(1), name: text.optional() });

const post = z
  .object({
    id: z.string().min(1),
    title: text.optional(),
    seats: z.number().int().min(1),
    method: z.enum(BALLOT_METHODS),
    maxMarks: z.number().int().min(1).optional(),
    minMarks: whole.default(0),
    rule: z.union([
      z.object({ kind: z.literal('relative') }),
      z.object({
        kind: z.literal('majority'),
        base: z.enum(ELECTION_BASES),
        numerator: z.number().int().min(1),
        denominator: z.number().int().min(1),
        comparison,
      }),
    ]),
    tieRule: z.enum(TIE_RULES),
    candidates: z.array(candidate).min(1),
  })
  .transform((p) => ({ ...p, maxMarks: p.maxMarks ?? p.seats }));

const postTotals = z.object({
  blank: whole,
  invalid: whole,
  candidates: z.array(z.object({ yes: whole, no: whole.default(0), abstain: whole.default(0) })),
});

/** An election round as JSON (docs/tally-format.md): posts and rules, then totals or papers. */
export const electionInputSchema = z
  .object({
    quorum: quorumInputSchema,
    electorate: z.object({ entitled: whole, present: whole }),
    posts: z.array(post).min(1),
    issued: whole,
    totals: z.object({ returned: whole, posts: z.record(z.string(), postTotals) }).optional(),
    papers: z
      .array(
        z.object({
          paper: z.number().int().min(1),
          marks: z.record(
            z.string(),
            z.string().regex(/^[0-4]*$/, { message: 'marks are digits 0–4, one per candidate' }),
          ),
          spoilt: z.boolean().optional(),
          weight: count.optional(),
          teller: z.union([z.literal(1), z.literal(2)]).optional(),
        }),
      )
      .optional(),
    doubleEntry: z.boolean().optional(),
    lots: z
      .array(
        z.object({ postId: z.string(), winnerIds: z.array(z.string()), drawnBy: z.string().default('') }),
      )
      .optional(),
  })
  .refine((e) => Boolean(e.totals) !== Boolean(e.papers), {
    message: 'give either totals or papers',
    path: ['papers'],
  })
  .superRefine((e, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const postIds = new Set<string>();
    e.posts.forEach((post, p) => {
      if (postIds.has(post.id)) issue(['posts', p, 'id'], `post id "${post.id}" is used twice`);
      postIds.add(post.id);
      const ids = new Set<string>();
      post.candidates.forEach((c, i) => {
        if (ids.has(c.id)) issue(['posts', p, 'candidates', i, 'id'], `candidate id "${c.id}" is used twice`);
        ids.add(c.id);
      });
      const method = methodOf(post);
      const { max } = method.limits(post);
      if (post.minMarks > max)
        issue(
          ['posts', p, 'minMarks'],
          `minMarks (${post.minMarks}) is more than ` +
            (method.maxMarksEditable ? `maxMarks (${max})` : `the ${max} candidates`),
        );
      if (!method.seatRules.includes(post.rule.kind))
        issue(['posts', p, 'rule'], `rule "${post.rule.kind}" does not go with method "${post.method}"`);
      if (method.maxMarksEditable && post.maxMarks > post.candidates.length)
        issue(
          ['posts', p, 'maxMarks'],
          `maxMarks (${post.maxMarks}) is more than the ${post.candidates.length} candidates`,
        );
    });
    const byId = new Map(e.posts.map((post) => [post.id, post]));
    e.papers?.forEach((paper, i) => {
      for (const [postId, marks] of Object.entries(paper.marks)) {
        const post = byId.get(postId);
        if (!post) issue(['papers', i, 'marks', postId], `no post has the id "${postId}"`);
        else if (marks.length > post.candidates.length)
          issue(
            ['papers', i, 'marks', postId],
            `${marks.length} marks for ${post.candidates.length} candidates`,
          );
      }
    });
    e.lots?.forEach((lot, i) => {
      const post = byId.get(lot.postId);
      if (!post) return issue(['lots', i, 'postId'], `no post has the id "${lot.postId}"`);
      if (new Set(lot.winnerIds).size !== lot.winnerIds.length)
        issue(['lots', i, 'winnerIds'], 'a winner is named twice');
      const unknown = lot.winnerIds.filter((id) => !post.candidates.some((c) => c.id === id));
      if (unknown.length)
        issue(['lots', i, 'winnerIds'], `not candidates of post "${post.id}": ${unknown.join(', ')}`);
    });
  });
