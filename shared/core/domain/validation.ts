import type { MessageKey } from '../../locales';
import { z } from 'zod';
import {
  AGENDA_ITEM_TYPES,
  ATTENDEE_CATEGORIES,
  CHINESE_TRANSCRIPTIONS,
  GENDERS,
  ORGANISATION_CATEGORIES,
  ORGANISATION_STATUSES,
  ORGANISER_ROLES,
} from './entities';

/** A problem with one field of a form or a row; `message` is a UI string key. */
export interface FieldError {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export const text = z.string().trim().max(500, { message: 'errors.tooLong' });
const longText = z.string().trim().max(5000, { message: 'errors.tooLong' });
export const trilingual = z.object({ zh: text, ru: text, en: text });
export const isoDate = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'errors.dateFormat' }),
]);
const localDateTime = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'errors.dateTimeFormat' }),
]);
const email = z.union([z.literal(''), z.string().trim().email({ message: 'errors.emailFormat' })]);
const phone = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^\+?[\d\s\-()]{5,25}$/, { message: 'errors.phoneFormat' }),
]);

const quorumSetting = z.union([
  z.object({ kind: z.literal('none') }),
  z
    .object({
      kind: z.literal('fraction'),
      numerator: z
        .number({ message: 'errors.quorumFraction' })
        .int({ message: 'errors.quorumFraction' })
        .min(1, { message: 'errors.quorumFraction' }),
      denominator: z
        .number({ message: 'errors.quorumFraction' })
        .int({ message: 'errors.quorumFraction' })
        .min(1, { message: 'errors.quorumFraction' }),
      comparison: z.enum(['>', '>=']),
    })
    .refine((q) => q.numerator <= q.denominator, { message: 'errors.quorumFraction', path: ['numerator'] }),
]);

export const conferenceFieldsSchema = z.object({
  name: trilingual,
  venue: trilingual,
  startDate: isoDate,
  endDate: isoDate,
  quorum: quorumSetting,
  chineseTranscription: z.enum(CHINESE_TRANSCRIPTIONS).optional(),
});

export const organiserFieldsSchema = z.object({
  role: z.enum(ORGANISER_ROLES),
  name: trilingual,
  order: z.number().int(),
});

export const agendaItemFieldsSchema = z.object({
  type: z.enum(AGENDA_ITEM_TYPES),
  startsAt: localDateTime,
  title: trilingual,
  speaker: text,
  order: z.number().int(),
});

export const organisationFieldsSchema = z.object({
  code: text.min(1, { message: 'errors.codeRequired' }).max(40, { message: 'errors.tooLong' }),
  name: trilingual,
  category: z.enum(ORGANISATION_CATEGORIES),
  region: text,
  country: text,
  status: z.enum(ORGANISATION_STATUSES),
  votingRight: z.boolean(),
  weight: z
    .number({ message: 'errors.weightNumber' })
    .finite({ message: 'errors.weightNumber' })
    .min(0, { message: 'errors.weightNegative' })
    .max(1000, { message: 'errors.weightTooLarge' }),
  contactName: text,
  contactPhone: phone,
  contactEmail: email,
  delegateId: z.string().nullable(),
  substituteId: z.string().nullable(),
});

export const attendeeFieldsSchema = z.object({
  code: text.max(40, { message: 'errors.tooLong' }),
  familyNameZh: text,
  givenNameZh: text,
  familyNameCyr: text,
  givenNameCyr: text,
  patronymicCyr: text,
  familyNameLatin: text,
  givenNameLatin: text,
  latinEdited: z.boolean(),
  organisationId: z.string().nullable(),
  position: text,
  gender: z.enum(GENDERS),
  category: z.enum(ATTENDEE_CATEGORIES),
  phone,
  email,
  notes: longText,
});

/** Runs a schema and turns its issues into field errors (the first issue per field). */
export function parseFields<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (seen.has(field)) continue;
    seen.add(field);
    // Our schemas give UI string keys (errors.x, badges.y); zod's own messages are English sentences.
    errors.push({
      field,
      message: /^[a-z][A-Za-z]*\.[A-Za-z_]+$/.test(issue.message)
        ? (issue.message as MessageKey)
        : 'errors.invalidValue',
    });
  }
  return { ok: false, errors };
}
