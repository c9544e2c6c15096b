import { parsePairing, type PairingProblem } from '../../../shared/codecs/venue/pairing';
import { mayRecord } from '../../../shared/codecs/venue/roles';
import type { PlannedEvent } from '../../../shared/core/domain/events';
import type { EventStore } from '../eventStore';
import { pairWithHost } from './hostApi';
import { VenueReplica, type ReplicaStatus } from './venueReplica';
import { readLinks, removeLink, saveLink, type VenueLink } from './venueLink';

export type JoinProblem =
  PairingProblem | 'needsEvent' | 'otherEvent' | 'codeUsed' | 'unreachable' | 'refused';

export interface VenueState {
  link: VenueLink;
  status: ReplicaStatus;
}

/**
 * The venue network of this laptop: one replica per event it joined, started with the app. Also
 * the guard that keeps a laptop that is not the tellers' from recording a tellers' fact.
 */
export class VenueNetwork {
  private readonly replicas = new Map<string, VenueReplica>();
  private readonly states = new Map<string, VenueState>();
  private readonly listeners = new Set<() => void>();
  private store: EventStore | null = null;
  /** Hands the host's address and certificate to the desktop app, which pins it; nothing in a browser. */
  pinHost: (url: string, fingerprint: string) => Promise<void> = async () => undefined;

  async start(store: EventStore): Promise<void> {
    this.store = store;
    store.guard = (events) => this.refusal(events);
    for (const link of await readLinks(store.db)) await this.run(link);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  stateOf(conferenceId: string): VenueState | undefined {
    return this.states.get(conferenceId);
  }

  private refusal(events: readonly PlannedEvent[]) {
    const conferenceId = events[0]?.conferenceId;
    const role = conferenceId ? (this.states.get(conferenceId)?.link.role ?? null) : null;
    if (mayRecord(role, events)) return null;
    return { ok: false as const, errors: [{ field: 'form', message: 'venue.tellersOnly' as const }] };
  }

  private async run(link: VenueLink): Promise<void> {
    const store = this.store!;
    await this.replicas.get(link.conferenceId)?.stop();
    const replica: VenueReplica = new VenueReplica(store, link, (status) => {
      if (this.replicas.get(link.conferenceId) !== replica) return;
      this.states.set(link.conferenceId, { link, status });
      for (const listener of this.listeners) listener();
    });
    this.replicas.set(link.conferenceId, replica);
    this.states.set(link.conferenceId, { link, status: replica.status });
    await replica.start();
  }

  /**
   * Joins the host a pairing code names. `conferenceId`: the event this laptop brings (the first
   * laptop, with the code the host printed); otherwise the code names the event and it arrives.
   */
  async join(
    text: string,
    laptopName: string,
    conferenceId?: string,
  ): Promise<{ ok: true; conferenceId: string } | { ok: false; problem: JoinProblem }> {
    const store = this.store!;
    const parsed = parsePairing(text);
    if (!parsed.ok) return parsed;
    const { pairing } = parsed;
    if (!pairing.event && !conferenceId) return { ok: false, problem: 'needsEvent' };
    if (pairing.event && conferenceId && pairing.event !== conferenceId)
      return { ok: false, problem: 'otherEvent' };
    const event = pairing.event ?? conferenceId!;
    let problem: JoinProblem = 'unreachable';
    for (const url of pairing.urls) {
      await this.pinHost(url, pairing.fingerprint);
      const asked = { code: pairing.code, deviceId: store.deviceId, name: laptopName, conferenceId: event };
      const answer = await pairWithHost(url, asked);
      if (!answer.ok) {
        if (answer.status === 401) return { ok: false, problem: 'codeUsed' };
        if (answer.status !== 0) problem = 'refused';
        continue;
      }
      const link: VenueLink = {
        conferenceId: event,
        urls: [url, ...pairing.urls.filter((u) => u !== url)],
        database: answer.value.database,
        token: answer.value.token,
        role: answer.value.role,
        fingerprint: pairing.fingerprint,
        laptopName,
        joinedAt: new Date().toISOString(),
      };
      await saveLink(store.db, link);
      await this.run(link);
      return { ok: true, conferenceId: event };
    }
    return { ok: false, problem };
  }

  /** This laptop leaves the event's network; the event and its log stay on it. */
  async leave(conferenceId: string): Promise<void> {
    const store = this.store!;
    await this.replicas.get(conferenceId)?.stop();
    this.replicas.delete(conferenceId);
    this.states.delete(conferenceId);
    await removeLink(store.db, conferenceId);
    for (const listener of this.listeners) listener();
  }
}

export const venueNetwork = new VenueNetwork();
