import { z } from 'zod';
import { BASES } from './majority';
import { isWeight, MAX_COUNT } from './numbers';

const count = z.number().int().min(0).max(MAX_COUNT);
const weight = z
  .number()
  .refine(isWeight, { message: 'a weight is a decimal with at most 6 places, at most 1,000,000' });
const comparison = z.enum(['>', '>=']);

/** A share of the whole: never more than all of it. */
const atMostWhole = (q: { numerator: number; denominator: number }) => q.numerator <= q.denominator;
const moreThanWhole = {
  message: 'numerator is more than denominator: the share is at most the whole',
  path: ['numerator'],
};

/** A quorum in the tally files: none, or a fraction of those entitled of at most 1. */
export const quorumInputSchema = z.union([
  z.object({ kind: z.literal('none') }),
  z
    .object({
      kind: z.literal('fraction'),
      numerator: z.number().int().min(1),
      denominator: z.number().int().min(1),
      comparison,
    })
    .refine(atMostWhole, moreThanWhole),
]);

/** The JSON a vote is described in (docs/tally-format.md): checked at the boundary, field by field. */
export const voteInputSchema = z.object({
  rule: z.object({
    quorum: quorumInputSchema,
    base: z.enum(BASES),
    majority: z.union([
      z.object({ kind: z.enum(['simple', 'absolute', 'twoThirds', 'threeQuarters']) }),
      z.object({
        kind: z.literal('fraction'),
        numerator: z.number().int().min(1),
        denominator: z.number().int().min(1),
        comparison,
      }),
    ]),
  }),
  options: z.enum(['yesNoAbstain', 'yesNo']),
  procedure: z.enum(['showOfHands', 'rollCall', 'ballot']),
  electorate: z.object({ entitled: count, present: count }),
  counts: z
    .object({ yes: count, no: count, abstain: count.default(0), invalid: count.default(0) })
    .optional(),
  ballots: z.object({ issued: count, returned: count }).optional(),
  rollCall: z
    .array(
      z.object({
        voterId: z.string().min(1),
        choice: z.enum(['yes', 'no', 'abstain']),
        weight: weight.optional(),
      }),
    )
    .optional(),
});
