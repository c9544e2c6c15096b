import { z } from 'zod';

/** An event's id as the page names it: a ULID (shared/core/domain/ids.ts). */
export const conferenceIdSchema = z.string().regex(/^[0-9A-Z]{26}$/, { message: 'an event id' });
