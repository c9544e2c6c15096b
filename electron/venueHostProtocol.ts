import type { VenueRole } from '../shared/codecs/venue/roles';

/**
 * The messages between the main process and the venue host's utility process: each request
 * carries an id, and its one answer carries the same id. Types only, and one check of a reply, so
 * the main process's bundle takes nothing of the host (the utility process checks the requests).
 */

export type VenueHostRequest =
  | { id: number; type: 'start'; dataDir: string; port: number }
  | { id: number; type: 'newCode'; role: VenueRole; conferenceId: string | null; eventName: string }
  | { id: number; type: 'laptops'; database: string }
  | { id: number; type: 'revoke'; database: string; deviceId: string }
  | { id: number; type: 'stop' };

export type VenueHostRequestType = VenueHostRequest['type'];
/** A request as the main process asks it: the id is the channel's to give. */
export type VenueHostAsk<T extends VenueHostRequestType> = Omit<Extract<VenueHostRequest, { type: T }>, 'id'>;

/** A laptop that joined the host, as the main process may see it: never its token's hash. */
export interface ShownLaptop {
  deviceId: string;
  name: string;
  role: VenueRole;
  database: string;
  pairedAt: string;
  revokedAt: string | null;
}

export interface VenueHostAnswers {
  start: { port: number; urls: string[]; fingerprint: string };
  newCode: { text: string };
  laptops: { laptops: ShownLaptop[] };
  /** false when the host knows no such laptop in that event. */
  revoke: { revoked: boolean };
  stop: { stopped: true };
}

/** `code`: Node's error code when there is one (EADDRINUSE), so the page can say what happened. */
export type VenueHostFailure = { message: string; code: string | null };

export type VenueHostReply =
  | {
      [T in VenueHostRequestType]: { id: number; ok: true; type: T; value: VenueHostAnswers[T] };
    }[VenueHostRequestType]
  | { id: number; ok: false; error: VenueHostFailure };

export function isVenueHostReply(message: unknown): message is VenueHostReply {
  const reply = message as Partial<{ id: unknown; ok: unknown }> | null;
  return typeof reply?.id === 'number' && typeof reply.ok === 'boolean';
}
