import { z } from 'zod';
import type { Conference } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import { parseFields } from '../../core/domain/validation';
import {
  BADGE_PRESET_IDS,
  readBadgeTemplate,
  type BadgeTemplate,
  type StoredBadgeTemplate,
} from '../render/badgeTemplates';

export const badgeTemplateSchema = z.object({
  preset: z.enum(BADGE_PRESET_IDS as [BadgeTemplate['preset'], ...BadgeTemplate['preset'][]]),
  header: z.enum(['zh', 'ru', 'en', 'zhRu', 'none']),
  // 'latin' and 'cyrillic' are what templates saved before the name policy hold; both are read as 'auto'.
  secondLine: z.enum(['auto', 'none', 'latin', 'cyrillic']),
  organisation: z.enum(['zh', 'ru', 'both', 'none']),
  position: z.boolean(),
  qr: z.boolean(),
  roleBand: z.boolean(),
  nameSize: z
    .number({ message: 'badges.nameSizeRange' })
    .min(8, { message: 'badges.nameSizeRange' })
    .max(72, { message: 'badges.nameSizeRange' }),
  logo: z.union([
    z.literal(''),
    z
      .string()
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'badges.logoFormat' })
      .max(2_000_000, { message: 'badges.logoTooLarge' }),
  ]),
});

/**
 * Field by field, so that the order in which a template's keys were written does not matter, and
 * as read: an older 'latin' second line is the same as 'auto'.
 */
export function sameBadgeTemplate(
  a: StoredBadgeTemplate | undefined,
  b: StoredBadgeTemplate | undefined,
): boolean {
  if (!a || !b) return a === b;
  const readA = readBadgeTemplate(a);
  const readB = readBadgeTemplate(b);
  return (Object.keys(badgeTemplateSchema.shape) as (keyof BadgeTemplate)[]).every(
    (key) => readA[key] === readB[key],
  );
}

/** The event's badge template is part of the event: saving it is an event in the log. */
export function saveBadgeTemplate(conference: Conference, template: StoredBadgeTemplate): CommandResult {
  const parsed = parseFields(badgeTemplateSchema, template);
  if (!parsed.ok) return parsed;
  const badgeTemplate = readBadgeTemplate(parsed.value);
  if (sameBadgeTemplate(conference.badgeTemplate, badgeTemplate))
    return { ok: true, entityId: conference.id, events: [] };
  return {
    ok: true,
    entityId: conference.id,
    events: [
      {
        conferenceId: conference.id,
        entityId: conference.id,
        payload: { kind: 'conference', op: 'updated', patch: { badgeTemplate } },
      },
    ],
  };
}
