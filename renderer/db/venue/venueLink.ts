import { isVenueRole, type VenueRole } from '../../../shared/codecs/venue/roles';
import type { PlenumDatabase } from '../schema';

/** How this laptop reaches the host of one event: kept until the laptop leaves the network. */
export interface VenueLink {
  conferenceId: string;
  /** The host's addresses, in the order tried; the one that answered last comes first. */
  urls: string[];
  database: string;
  token: string;
  role: VenueRole;
  fingerprint: string;
  laptopName: string;
  joinedAt: string;
}

const PREFIX = 'venue:';

export async function readLinks(db: PlenumDatabase): Promise<VenueLink[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows.map((row) => row.value as VenueLink).filter((link) => isVenueRole(link?.role));
}

export async function saveLink(db: PlenumDatabase, link: VenueLink): Promise<void> {
  await db.meta.put({ key: PREFIX + link.conferenceId, value: link });
}

export async function removeLink(db: PlenumDatabase, conferenceId: string): Promise<void> {
  await db.meta.delete(PREFIX + conferenceId);
}

export type { VenueRole };
