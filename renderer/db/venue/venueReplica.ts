import PouchDB from 'pouchdb-core';
import indexeddb from 'pouchdb-adapter-indexeddb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { Commit } from '../../../shared/core/domain/events';
import { refusedByRole } from '../../../shared/codecs/venue/roles';
import {
  commitDoc,
  isCommitDocId,
  isLaptopDoc,
  LAPTOP_PREFIX,
  readCommitDoc,
  rosterOf,
} from '../../../shared/codecs/venue/venueDocs';
import { doubleBallots } from '../../../shared/codecs/venue/doubleBallots';
import type { EventStore } from '../eventStore';
import { helloHost } from './hostApi';
import type { VenueLink } from './venueLink';

const Pouch = PouchDB.plugin(indexeddb).plugin(httpAdapter).plugin(replication);

export interface ReplicaStatus {
  state: 'connecting' | 'connected' | 'offline' | 'revoked';
  /** When the host stopped answering (ISO); null while it answers. */
  offlineSince: string | null;
  /** This laptop's commits not yet at the host. */
  pending: number;
  /** Commits the host refused from this laptop, and commits from elsewhere this laptop refused. */
  refusedByHost: number;
  refusedHere: number;
}

/** How often the host is asked whether it is there; what tells "offline since" and restarts a stalled replication. */
const HELLO_EVERY_MS = 2_000;
/** A live replication with no sign of life for this long while the host answers is started again. */
const STALLED_AFTER_MS = 20_000;
/** Retries after a failure wait at most this long: PouchDB's default grows to ten minutes, too long on a LAN. */
const LONGEST_RETRY_MS = 5_000;
const retryDelay = (previous: number) => (previous === 0 ? 250 : Math.min(previous * 2, LONGEST_RETRY_MS));

/** After a failure to take in what arrived, the feed is read again from the stored sequence this much later. */
const RETRY_RECEIVING_MS = 2_000;
/** How long a desk's own commit waits before it goes to PouchDB: the desk paints first. */
const AFTER_THE_DESK_PAINTED_MS = 40;

const seqKey = (link: VenueLink) => `venueSeq:${link.conferenceId}:${link.fingerprint.slice(0, 16)}`;

/**
 * One event's commits kept in PouchDB and replicated live with the venue host by the CouchDB
 * replication protocol. Each commit is one document that never changes, so replication only adds;
 * what arrives is checked like an archive's line, refused if its tellers' facts come from a laptop
 * the roster does not know as the tellers', and handed to the event store, which projects it in
 * clock order.
 */
export class VenueReplica {
  private readonly local: PouchDB.Database;
  private readonly remote: PouchDB.Database;
  private push: PouchDB.Replication | null = null;
  private pull: PouchDB.Replication | null = null;
  private feed: PouchDB.Changes | null = null;
  private hello: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly pendingIds = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private readonly refusedHereIds = new Set<string>();
  private readonly arriving: PouchDB.Doc[] = [];
  private draining: Promise<void> | null = null;
  private lastActivity = Date.now();
  private stopped = false;
  status: ReplicaStatus = {
    state: 'connecting',
    offlineSince: null,
    pending: 0,
    refusedByHost: 0,
    refusedHere: 0,
  };

  constructor(
    private readonly store: EventStore,
    readonly link: VenueLink,
    private readonly onStatus: (status: ReplicaStatus) => void,
    adapter = 'indexeddb',
  ) {
    // One local database per host (its certificate): another host's roster and claims are not this one's.
    this.local = new Pouch(`plenum-venue-${link.database}-${link.fingerprint.slice(0, 16)}`, { adapter });
    this.remote = new Pouch(`${link.urls[0]}/${link.database}`, {
      skip_setup: true,
      fetch: (url, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${link.token}`);
        headers.set('X-Plenum-Pending', String(this.pendingIds.size));
        return fetch(url, { ...init, headers });
      },
    });
  }

  async start(): Promise<void> {
    await this.seed();
    this.unsubscribe = this.store.onCommit((commit, fromNetwork) => {
      // Sent once the desk has painted what it recorded: the commit is on disk already, and the seed
      // on the next start sends whatever was not.
      if (!fromNetwork && commit.conferenceId === this.link.conferenceId)
        setTimeout(() => void this.keep([commit]), AFTER_THE_DESK_PAINTED_MS);
    });
    await this.follow();
    this.replicate();
    this.hello = setInterval(() => void this.check(), HELLO_EVERY_MS);
    window.addEventListener('online', this.onOnline);
    void this.check();
  }

  private readonly onOnline = () => this.catchUp();

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.hello) clearInterval(this.hello);
    window.removeEventListener('online', this.onOnline);
    this.push?.cancel();
    this.pull?.cancel();
    this.feed?.cancel();
    await this.draining;
    await this.local.close();
  }

  /** The event's commits this laptop has that PouchDB does not yet (made before joining, or before a crash). */
  private async seed(): Promise<void> {
    const commits = await this.store.db.commits
      .where('[conferenceId+hlc]')
      .between([this.link.conferenceId, ''], [this.link.conferenceId, '\uffff'])
      .toArray();
    const present = await this.local.allDocs({ keys: commits.map((c) => c.id) });
    const missing = commits.filter((_, i) => {
      const row = present.rows[i] as PouchDB.Row<unknown> & { error?: string };
      return !row || row.error !== undefined || !row.value;
    });
    await this.keep(missing);
  }

  private async keep(commits: readonly Commit[]): Promise<void> {
    if (!commits.length || this.stopped) return;
    const results = await this.local.bulkDocs(commits.map((c) => commitDoc(c) as unknown as PouchDB.Doc));
    for (const result of results) if ('ok' in result) this.pendingIds.add(result.id);
    this.report({});
  }

  /** Everything that reaches the local PouchDB (from the host, or this laptop's own), in the order it arrived. */
  private async follow(): Promise<void> {
    if (this.stopped) return;
    const stored = await this.store.db.meta.get(seqKey(this.link));
    this.listen(stored ? (stored.value as number | string) : 0);
  }

  private listen(since: number | string): void {
    this.feed?.cancel();
    this.feed = this.local.changes({ since, live: true, include_docs: true, batch_size: 200 });
    this.feed.on('error', () => setTimeout(() => void this.follow(), RETRY_RECEIVING_MS));
    this.feed.on('change', (change: PouchDB.Change) => {
      if (change.doc) this.arriving.push({ ...change.doc, _seq: change.seq } as PouchDB.Doc);
      void this.drain();
    });
  }

  private drain(): Promise<void> {
    this.draining ??= (async () => {
      try {
        while (this.arriving.length && !this.stopped) await this.receive(this.arriving.splice(0));
      } catch (error) {
        // What failed stays in PouchDB: the feed starts again from the last sequence stored.
        console.error('venue: receiving failed', error);
        this.arriving.length = 0;
        setTimeout(() => void this.follow(), RETRY_RECEIVING_MS);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async receive(docs: PouchDB.Doc[]): Promise<void> {
    // The roster changed: every commit is looked at again (those already in the log are skipped by id).
    const batch = docs.some((d) => isLaptopDoc(d._id)) ? await this.allCommitDocs() : docs;
    const roster = await this.roster();
    const commits: Commit[] = [];
    for (const doc of batch) {
      if (!isCommitDocId(doc._id)) continue;
      const read = readCommitDoc(stripSeq(doc), this.link.conferenceId, Date.now());
      if (!read.ok || refusedByRole(read.commit, roster)) {
        this.refusedHereIds.add(doc._id);
        continue;
      }
      this.refusedHereIds.delete(doc._id);
      commits.push(read.commit);
    }
    if (commits.length) await this.store.receiveCommits(this.link.conferenceId, commits);
    if (commits.some((c) => c.events.some((e) => e.payload.kind === 'ballotIssue')))
      await this.findDoubleBallots();
    const last = docs[docs.length - 1] as PouchDB.Doc & { _seq?: number | string };
    if (last._seq !== undefined) await this.store.db.meta.put({ key: seqKey(this.link), value: last._seq });
    this.report({});
  }

  /**
   * The laptops that seal or run the event (tellers, secretariat) record, as a conflict for the
   * tellers, a ballot issued twice for one seat by desks that were apart; the conflict, with the
   * same id wherever it is found, blocks sealing until the tellers keep one issue.
   */
  private async findDoubleBallots(): Promise<void> {
    if (this.link.role !== 'tellers' && this.link.role !== 'secretariat') return;
    const { db } = this.store;
    await this.store.run(async () => {
      const issues = await db.ballotIssues.where('conferenceId').equals(this.link.conferenceId).toArray();
      const recorded = await db.conflicts.where('conferenceId').equals(this.link.conferenceId).toArray();
      const events = doubleBallots(issues, recorded);
      return { ok: true, entityId: this.link.conferenceId, events };
    });
  }

  private async allCommitDocs(): Promise<PouchDB.Doc[]> {
    const all = await this.local.allDocs({ include_docs: true });
    return all.rows.map((r) => r.doc).filter((d): d is PouchDB.Doc => Boolean(d) && isCommitDocId(d!._id));
  }

  private async roster() {
    const laptops = await this.local.allDocs({
      startkey: LAPTOP_PREFIX,
      endkey: `${LAPTOP_PREFIX}\uffff`,
      include_docs: true,
    });
    return rosterOf(laptops.rows.map((r) => r.doc));
  }

  private replicate(): void {
    if (this.stopped) return;
    this.push?.cancel();
    this.pull?.cancel();
    const options: PouchDB.ReplicateOptions = {
      live: true,
      retry: true,
      heartbeat: 10_000,
      batch_size: 50,
      back_off_function: retryDelay,
    };
    this.push = this.local.replicate.to(this.remote, options);
    this.pull = this.local.replicate.from(this.remote, options);
    const alive = () => {
      this.lastActivity = Date.now();
    };
    this.push.on('change', (info: { docs?: { _id: string }[] }) => {
      alive();
      for (const doc of info.docs ?? []) this.pendingIds.delete(doc._id);
      this.report({});
    });
    this.push.on('denied', (error: { id?: string }) => {
      if (error?.id) {
        this.pendingIds.delete(error.id);
        this.refusedIds.add(error.id);
      }
      this.report({});
    });
    this.push.on('paused', (error: unknown) => {
      alive();
      // Caught up with nothing left to send: what is not reported written was at the host already.
      if (!error) this.pendingIds.clear();
      this.report({});
    });
    this.push.on('error', () => this.report({}));
    this.pull.on('error', () => this.report({}));
    this.pull.on('change', alive);
    this.pull.on('paused', alive);
    this.pull.on('active', alive);
  }

  /** Asks the host whether it is there; on its return, or when replication has gone quiet, catches up. */
  private async check(): Promise<void> {
    if (this.stopped) return;
    const answer = await helloHost(this.link, this.pendingIds.size);
    if (answer.ok) {
      const wasAway = this.status.state !== 'connected';
      this.report({ state: 'connected', offlineSince: null });
      if (wasAway) this.catchUp();
      else if (Date.now() - this.lastActivity > STALLED_AFTER_MS) this.catchUp(false);
      return;
    }
    if (answer.status === 401) {
      this.push?.cancel();
      this.pull?.cancel();
      return this.report({ state: 'revoked' });
    }
    this.report({ state: 'offline', offlineSince: this.status.offlineSince ?? new Date().toISOString() });
  }

  /**
   * What the host does not have yet, asked of the host itself: the count is right after a restart
   * of this laptop or a move to another host, not only for what was recorded since.
   */
  private async recountPending(): Promise<void> {
    const local = await this.local.allDocs();
    const revisions: Record<string, string[]> = {};
    for (const row of local.rows)
      if (isCommitDocId(row.id) && !this.refusedIds.has(row.id)) revisions[row.id] = [row.value.rev];
    const missing = await this.remote.revsDiff(revisions).catch(() => null);
    if (!missing || this.stopped) return;
    this.pendingIds.clear();
    for (const id of Object.keys(missing)) this.pendingIds.add(id);
    this.report({});
  }

  /**
   * One-shot replication both ways. After the host was away, or when a catch-up finds what live
   * replication should have brought (it can stall silently after a network blip), live
   * replication is started afresh.
   */
  readonly catchUp = (restart = true): void => {
    if (this.stopped || this.status.state === 'revoked') return;
    this.lastActivity = Date.now();
    const once = [
      this.local.replicate.to(this.remote, { batch_size: 50 }),
      this.local.replicate.from(this.remote, { batch_size: 50 }),
    ];
    // A failed catch-up is answered by the next one; an 'error' no one listens to would be thrown.
    for (const replication of once) replication.on('error', () => undefined);
    void Promise.allSettled(once).then((results) => {
      const found = results.some((r) => r.status === 'fulfilled' && r.value.docs_written > 0);
      if (restart || found) this.replicate();
      // After the host was away: counted once what could be sent has been.
      if (restart) void this.recountPending();
    });
  };

  private report(change: Partial<ReplicaStatus>): void {
    // A replica stopped (the laptop left, or joined again) says nothing more.
    if (this.stopped) return;
    this.status = {
      ...this.status,
      ...change,
      pending: this.pendingIds.size,
      refusedByHost: this.refusedIds.size,
      refusedHere: this.refusedHereIds.size,
    };
    this.onStatus(this.status);
  }
}

function stripSeq(doc: PouchDB.Doc): PouchDB.Doc {
  const { _seq, ...rest } = doc as PouchDB.Doc & { _seq?: unknown };
  void _seq;
  return rest as PouchDB.Doc;
}
