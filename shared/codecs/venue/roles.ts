import type { Commit, DomainEvent, PlannedEvent } from '../../core/domain/events';
import { FACT_RULES, factOf, isFactType, type FactType } from '../../core/domain/facts';

/** What a laptop on the venue network is for, set by the secretariat when it joins. */
export const VENUE_ROLES = ['desk', 'badges', 'tellers', 'secretariat'] as const;
export type VenueRole = (typeof VENUE_ROLES)[number];

export function isVenueRole(value: unknown): value is VenueRole {
  return typeof value === 'string' && (VENUE_ROLES as readonly string[]).includes(value);
}

/** The facts only the tellers record: the figures, the papers, the seals and their reopening. */
export const TELLERS_FACTS: ReadonlySet<FactType> = new Set(
  (Object.keys(FACT_RULES) as FactType[]).filter(
    (fact) => FACT_RULES[fact] === 'tellersDecide' || fact === 'result.sealed' || fact === 'result.reopened',
  ),
);

export const isTellersFact = (event: Pick<DomainEvent, 'type'>) =>
  isFactType(event.type) && TELLERS_FACTS.has(event.type);

/** The role each laptop of the event was given when it joined, by its device id. */
export type Roster = ReadonlyMap<string, { role: VenueRole; revoked: boolean }>;

/**
 * Why a commit may not enter the event's shared log, or null: a tellers' fact recorded on a laptop
 * the roster does not know as a tellers' laptop. The host applies it to what it receives and every
 * laptop to what reaches it, so a seal written on a desk is refused everywhere.
 */
export function refusedByRole(commit: Commit, roster: Roster): { eventId: string; type: string } | null {
  for (const event of commit.events) {
    if (!isTellersFact(event)) continue;
    const laptop = roster.get(event.deviceId);
    if (laptop?.role !== 'tellers') return { eventId: event.id, type: event.type };
  }
  return null;
}

/** Whether a laptop of this role may send this commit to the host (it may relay others' commits). */
export function maySend(role: VenueRole, commit: Commit): boolean {
  return role === 'tellers' || !commit.events.some(isTellersFact);
}

/**
 * Whether this laptop, joined with `role`, may record these planned events: on the venue network
 * only a tellers' laptop records a tellers' fact. A laptop not on the network records anything.
 */
export function mayRecord(role: VenueRole | null, events: readonly Pick<PlannedEvent, 'payload'>[]): boolean {
  return (
    role === null || role === 'tellers' || !events.some((e) => isTellersFact({ type: factOf(e.payload) }))
  );
}
