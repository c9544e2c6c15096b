import type { VenueRole } from '../../../shared/codecs/venue/roles';
import type { VenueLink } from './venueLink';

/** How long a request to the host may take before this laptop counts itself offline. */
const ANSWER_WITHIN_MS = 4_000;

export type HostAnswer<T> =
  { ok: true; value: T } | { ok: false; status: number; reason: string; body: unknown };

/** One request to the host; never throws: no answer is status 0. */
export async function askHost<T>(
  url: string,
  path: string,
  init: RequestInit & { token?: string; pending?: number } = {},
): Promise<HostAnswer<T>> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.pending !== undefined) headers.set('X-Plenum-Pending', String(init.pending));
  if (init.body) headers.set('Content-Type', 'application/json');
  try {
    const response = await fetch(url + path, {
      ...init,
      headers,
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const body = (await response.json().catch(() => null)) as (T & { reason?: string }) | null;
    if (!response.ok) return { ok: false, status: response.status, reason: body?.reason ?? '', body };
    return { ok: true, value: body as T };
  } catch {
    return { ok: false, status: 0, reason: '', body: null };
  }
}

export interface Joined {
  token: string;
  role: VenueRole;
  database: string;
}

export function pairWithHost(
  url: string,
  asked: { code: string; deviceId: string; name: string; conferenceId?: string },
): Promise<HostAnswer<Joined>> {
  return askHost<Joined>(url, '/_plenum/pair', { method: 'POST', body: JSON.stringify(asked) });
}

export interface LaptopOnNetwork {
  deviceId: string;
  name: string;
  role: VenueRole;
  pairedAt: string;
  revokedAt: string | null;
  lastSeen: string | null;
  pending: number | null;
}

export const laptopsOnNetwork = (link: VenueLink) =>
  askHost<{ laptops: LaptopOnNetwork[] }>(link.urls[0]!, '/_plenum/laptops', { token: link.token });

export const revokeLaptop = (link: VenueLink, deviceId: string) =>
  askHost<{ ok: true }>(link.urls[0]!, `/_plenum/laptops/${encodeURIComponent(deviceId)}/revoke`, {
    method: 'POST',
    token: link.token,
  });

export const pairingCodeFor = (link: VenueLink, role: VenueRole, eventName: string) =>
  askHost<{ text: string }>(link.urls[0]!, '/_plenum/codes', {
    method: 'POST',
    token: link.token,
    body: JSON.stringify({ role, conferenceId: link.conferenceId, eventName }),
  });

export const helloHost = (link: VenueLink, pending: number) =>
  askHost<{ role: VenueRole }>(link.urls[0]!, '/_plenum/hello', { token: link.token, pending });

/** A claim through the host: granted, held by another desk (who and when), or no host to ask. */
export type ClaimAnswer =
  { kind: 'granted' } | { kind: 'held'; desk: string; at: string } | { kind: 'offline' };

export async function claimAtHost(
  link: VenueLink,
  claimId: string,
  claim: { deviceId: string; desk: string; at: string },
): Promise<ClaimAnswer> {
  // One address for every claim: the browser checks CORS for it once, not before each check-in.
  const answer = await askHost(link.urls[0]!, `/${link.database}/_claim`, {
    method: 'POST',
    token: link.token,
    body: JSON.stringify({ id: claimId, ...claim }),
  });
  if (answer.ok) return { kind: 'granted' };
  if (answer.status !== 409) return { kind: 'offline' };
  const holder = (answer.body as { holder?: { desk?: string; at?: string } } | null)?.holder;
  return { kind: 'held', desk: String(holder?.desk ?? ''), at: String(holder?.at ?? '') };
}
