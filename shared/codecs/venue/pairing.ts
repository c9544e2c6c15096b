import { z } from 'zod';
import { VENUE_ROLES, type VenueRole } from './roles';

/**
 * What one laptop needs to join the host: where it is, which event, a code it may use once, and
 * the fingerprint of the host's certificate, which the laptop pins. Shown as a QR code and as
 * text; a badge scanner reading the QR types the same text.
 */
export interface Pairing {
  urls: string[];
  /** The event's id; null in the code a new host prints for the first laptop, which brings its event. */
  event: string | null;
  eventName: string;
  role: VenueRole;
  code: string;
  /** SHA-256 of the host's certificate (DER), lower-case hex. */
  fingerprint: string;
}

export const PAIRING_PREFIX = 'PLENUM-PAIR:';
export const MAX_PAIRING_CHARS = 2_000;

const pairingSchema = z.object({
  v: z.literal(1),
  urls: z
    .array(
      z
        .string()
        .max(200)
        .regex(/^https?:\/\/[^\s/]+(:\d{1,5})?$/),
    )
    .min(1)
    .max(8),
  event: z.string().min(1).max(100).nullable(),
  eventName: z.string().max(200),
  role: z.enum(VENUE_ROLES),
  code: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PairingProblem = 'notPairing' | 'tooLong' | 'unreadable';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodePairing(pairing: Pairing): string {
  return PAIRING_PREFIX + toBase64Url(JSON.stringify({ v: 1, ...pairing }));
}

/** The pairing a scanned or typed text carries; spaces and line breaks a copy may add are ignored. */
export function parsePairing(
  typed: string,
): { ok: true; pairing: Pairing } | { ok: false; problem: PairingProblem } {
  if (typed.length > MAX_PAIRING_CHARS) return { ok: false, problem: 'tooLong' };
  const text = typed.replace(/\s+/g, '');
  if (!text.toUpperCase().startsWith(PAIRING_PREFIX)) return { ok: false, problem: 'notPairing' };
  try {
    const parsed = pairingSchema.safeParse(JSON.parse(fromBase64Url(text.slice(PAIRING_PREFIX.length))));
    if (!parsed.success) return { ok: false, problem: 'unreadable' };
    const { v, ...pairing } = parsed.data;
    void v;
    return { ok: true, pairing };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
