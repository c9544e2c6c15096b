import { z } from 'zod';
import { BALLOT_METHODS, ELECTION_BASES, TIE_RULES } from './electionTypes';

const count = z.number().finite().min(0);
const whole = z.number().int().min(0);
const comparison = z.enum(['>', '>=']);
/** A name as a string, or in three languages as the app stores it. */
const text = z.union([z.string(), z.object({ zh: z.string(), ru: z.string(), en: z.string() }).transform((t) => t.zh || t.ru || t.en)]);
const candidate = z.object({ id: z.string().min(1), name: text.optional() });

const post = z
  .object({
    id: z.string().min(1),
    title: text.optional(),
    seats: z.number().int().min(1),
    method: z.enum(BALLOT_METHODS),
    maxMarks: z.number().int().min(1).optional(),
    minMarks: whole.default(0),
    rule: z.union([z.object({ kind: z.literal('relative') }), z.object({ kind: z.literal('majority'), base: z.enum(ELECTION_BASES), numerator: z.number().int().min(1), denominator: z.number().int().min(1), comparison })]),
    tieRule: z.enum(TIE_RULES),
    candidates: z.array(candidate).min(1),
  })
  .transform((p) => ({ ...p, maxMarks: p.maxMarks ?? p.seats }));

const postTotals = z.object({ blank: whole, invalid: whole, candidates: z.array(z.object({ yes: whole, no: whole.default(0), abstain: whole.default(0) })) });

/** An election round as JSON (docs/tally-format.md): posts and rules, then totals or papers. */
export const electionInputSchema = z
  .object({
    quorum: z.union([z.object({ kind: z.literal('none') }), z.object({ kind: z.literal('fraction'), numerator: z.number().int().min(1), denominator: z.number().int().min(1), comparison })]),
    electorate: z.object({ entitled: whole, present: whole }),
    posts: z.array(post).min(1),
    issued: whole,
    totals: z.object({ returned: whole, posts: z.record(z.string(), postTotals) }).optional(),
    papers: z
      .array(z.object({ paper: z.number().int().min(1), marks: z.record(z.string(), z.string().regex(/^[0-4]*$/, { message: 'marks are digits 0–4, one per candidate' })), spoilt: z.boolean().optional(), weight: count.optional(), teller: z.union([z.literal(1), z.literal(2)]).optional() }))
      .optional(),
    doubleEntry: z.boolean().optional(),
    lots: z.array(z.object({ postId: z.string(), winnerIds: z.array(z.string()), drawnBy: z.string().default('') })).optional(),
  })
  .refine((e) => Boolean(e.totals) !== Boolean(e.papers), { message: 'give either totals or papers', path: ['papers'] });
