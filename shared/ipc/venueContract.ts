import { z } from 'zod';

/**
 * The desktop app's part of the venue network: this laptop hosting the event (a venue host in a
 * process of its own) and the certificates of the hosts it joined, pinned in the main process.
 */

const FINGERPRINT = /^[0-9a-f]{64}$/i;
/** `https://host[:port]` as a pairing code carries it: no path, no credentials, no query. */
const HOST_URL = /^https:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:(\d{1,5}))?\/?$/i;

export const venueEventNameSchema = z.string().max(200);

export const hostUrlSchema = z
  .string()
  .max(200)
  .refine((url) => {
    const port = HOST_URL.exec(url)?.[3];
    return HOST_URL.test(url) && (port === undefined || Number(port) <= 65_535);
  }, 'an https address of a host');

/** SHA-256 of the host certificate's DER, in hex; kept in lower case whatever case it came in. */
export const fingerprintSchema = z
  .string()
  .regex(FINGERPRINT, { message: '64 hexadecimal digits' })
  .transform((hex) => hex.toLowerCase());

const urlsSchema = z.array(z.string()).max(8);

export const venueHostStartSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    urls: urlsSchema,
    fingerprint: z.string(),
    /** A one-time pairing text for the role 'secretariat' of this event: this laptop joins with it. */
    secretariatCode: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    /** alreadyRunning: one host per laptop; portInUse: another program holds the host's port. */
    reason: z.enum(['alreadyRunning', 'portInUse', 'failed']),
    message: z.string(),
  }),
]);

export const venueHostStatusSchema = z.discriminatedUnion('state', [
  /** `lastError`: why the host last stopped when nobody asked it to, else null. */
  z.object({ ok: z.literal(true), state: z.literal('stopped'), lastError: z.string().nullable() }),
  z.object({ ok: z.literal(true), state: z.enum(['starting', 'stopping']) }),
  z.object({
    ok: z.literal(true),
    state: z.literal('running'),
    conferenceId: z.string(),
    eventName: z.string(),
    port: z.number(),
    urls: urlsSchema,
    fingerprint: z.string(),
  }),
]);

export const venueDoneSchema = z.object({ ok: z.literal(true) });

export type VenueHostStart = z.infer<typeof venueHostStartSchema>;
export type VenueHostStatus = z.infer<typeof venueHostStatusSchema>;
export type VenueDone = z.infer<typeof venueDoneSchema>;
