import { z } from 'zod';
import { VENUE_ROLES, type VenueRole } from '../shared/codecs/venue/roles';
import type {
  ShownLaptop,
  VenueHostAnswers,
  VenueHostFailure,
  VenueHostReply,
  VenueHostRequest,
} from './venueHostProtocol';

const id = z.number().int().nonnegative();
const database = z.string().min(1).max(200);

/** The main process is trusted, yet what crosses into the host's process is checked as it arrives. */
const requestSchema: z.ZodType<VenueHostRequest> = z.discriminatedUnion('type', [
  z.object({
    id,
    type: z.literal('start'),
    dataDir: z.string().min(1),
    port: z.number().int().min(0).max(65_535),
  }),
  z.object({
    id,
    type: z.literal('newCode'),
    role: z.enum(VENUE_ROLES),
    conferenceId: z.string().min(1).max(100).nullable(),
    eventName: z.string().max(200),
  }),
  z.object({ id, type: z.literal('laptops'), database }),
  z.object({ id, type: z.literal('revoke'), database, deviceId: z.string().min(1).max(100) }),
  z.object({ id, type: z.literal('stop') }),
]);

/** What the utility process needs of a running venue host (cli/host/venueHost.ts, adapted). */
export interface HostLike {
  port: number;
  urls: string[];
  fingerprint: string;
  pairingText(role: VenueRole, conferenceId: string | null, eventName: string): string;
  laptopsOf(database: string): readonly ShownLaptop[];
  revoke(database: string, deviceId: string): Promise<boolean>;
  close(): Promise<void>;
}

export type StartHost = (options: { dataDir: string; port: number }) => Promise<HostLike>;

/**
 * The utility process's answers, over whatever host `startHost` gives: one host at a time, and
 * nothing asked of it before it started. A message that is not a request gets no answer.
 */
export function venueHostMessages(
  startHost: StartHost,
): (message: unknown) => Promise<VenueHostReply | null> {
  let host: HostLike | null = null;
  let opening: Promise<HostLike> | null = null;

  const started = (): HostLike => {
    if (!host) throw new Error('The venue host has not started.');
    return host;
  };

  async function answer(request: VenueHostRequest): Promise<VenueHostAnswers[VenueHostRequest['type']]> {
    switch (request.type) {
      case 'start': {
        if (host || opening) throw new Error('The venue host has already started.');
        opening = startHost({ dataDir: request.dataDir, port: request.port });
        try {
          host = await opening;
        } finally {
          opening = null;
        }
        return { port: host.port, urls: host.urls, fingerprint: host.fingerprint };
      }
      case 'newCode':
        return { text: started().pairingText(request.role, request.conferenceId, request.eventName) };
      case 'laptops':
        return { laptops: [...started().laptopsOf(request.database)] };
      case 'revoke':
        return { revoked: await started().revoke(request.database, request.deviceId) };
      case 'stop': {
        // A stop that arrives while the host opens closes it once it has opened.
        const closing = host ?? (await opening?.catch(() => null)) ?? null;
        host = null;
        await closing?.close();
        return { stopped: true };
      }
    }
  }

  return async (message) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      const id = (message as { id?: unknown } | null)?.id;
      if (typeof id !== 'number') return null;
      return { id, ok: false, error: { message: 'Not a request of the venue host.', code: null } };
    }
    const request = parsed.data;
    try {
      const value = await answer(request);
      return { id: request.id, ok: true, type: request.type, value } as VenueHostReply;
    } catch (error) {
      return { id: request.id, ok: false, error: failureOf(error) };
    }
  };
}

function failureOf(error: unknown): VenueHostFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  };
}
