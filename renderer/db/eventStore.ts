import type { AnyEntity, EntityKind } from '../../shared/core/domain/entities';
import {
  commitOf,
  EVENT_SCHEMA_VERSION,
  eventType,
  type Commit,
  type DomainEvent,
  type PlannedEvent,
} from '../../shared/core/domain/events';
import type { CommandResult } from '../../shared/core/domain/commands';
import {
  clockProblem,
  decodeHlc,
  encodeHlc,
  initialHlc,
  receiveHlc,
  tickHlc,
  type Hlc,
} from '../../shared/core/domain/hlc';
import { newId } from '../../shared/core/domain/ids';
import { byClock, projectEvent, rowKey } from '../../shared/core/domain/reducers';
import { admitEvents } from '../../shared/core/domain/sealGuard';
import type { PlenumDatabase } from './schema';
import {
  clearPages,
  isPagedKind,
  projectIntoPages,
  replaceRowsInPages,
  type PagedKind,
} from './projectionPages';

const CLOCK_KEY = 'clock';

/** The disk (or the browser's share of it) is full: the change was not written, everything before it is intact. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage full', { cause });
  }
}

function isQuotaError(error: unknown): boolean {
  for (
    let e: unknown = error;
    e;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  ) {
    if ((e as { name?: string }).name === 'QuotaExceededError') return true;
  }
  return false;
}

export interface StoreIdentity {
  deviceId: string;
  /** Who acts: the desk or person named in the settings. */
  actor: () => string;
}

/**
 * The only writer of the database. A command reads what it needs and returns events; they are
 * appended to the log and applied to the projections in the same transaction, so the log and the
 * projections never disagree, and a failed command writes nothing.
 */
export class EventStore {
  constructor(
    readonly db: PlenumDatabase,
    private readonly identity: StoreIdentity,
    private readonly now: () => number = Date.now,
  ) {}

  private readonly listeners = new Set<(commit: Commit, fromNetwork: boolean) => void>();

  /**
   * Why this laptop may not record these events, or null: on the venue network a laptop that is
   * not the tellers' records no tellers' fact (venue/venueNetwork.ts sets it).
   */
  guard: (events: readonly PlannedEvent[]) => CommandResult | null = () => null;

  /** Called after each commit is on disk (for the automatic backups); returns an unsubscribe function. */
  onCommit(listener: (commit: Commit, fromNetwork: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get deviceId(): string {
    return this.identity.deviceId;
  }

  /**
   * Runs a command's plan and writes what it decides in one transaction. `pagesOnly`: the command
   * reads and writes paged kinds alone (a check-in), so the transaction spans three stores, not all.
   */
  async run(plan: () => Promise<CommandResult> | CommandResult, pagesOnly = false): Promise<CommandResult> {
    const db = this.db;
    let written: Commit | null = null;
    const tables = pagesOnly
      ? [db.commits, db.meta, db.pages]
      : [db.commits, db.meta, ...db.projectionTables];
    const outcome = await db
      .transaction('rw', tables, async () => {
        const result = await plan();
        if (!result.ok || result.events.length === 0) return result;
        const refused = this.guard(result.events);
        if (refused) return refused;
        const stamped = await this.stamp(result.events);
        written = commitOf(stamped);
        await db.commits.add(written);
        await this.project(stamped);
        return result;
      })
      .catch((error: unknown) => {
        throw isQuotaError(error) ? new StorageFullError(error) : error;
      });
    if (written) for (const listener of this.listeners) listener(written, false);
    return outcome;
  }

  /**
   * This laptop's clock as last stored. A value that no longer decodes (written by an older release
   * from a crafted archive) is not allowed to stop every write: the clock starts again from now.
   */
  private async storedClock(): Promise<Hlc> {
    const stored = await this.db.meta.get(CLOCK_KEY);
    const text = stored ? String(stored.value) : '';
    const readable = text && clockProblem(text, Number.MAX_SAFE_INTEGER) === null;
    const clock = readable ? decodeHlc(text) : initialHlc(this.identity.deviceId);
    return { ...clock, node: this.identity.deviceId };
  }

  /**
   * When this laptop's clock record is more than a day ahead of its own time — its date is wrong,
   * or an older release took in a clock from the future — the time the record has reached; else
   * null. Archives written now would be refused elsewhere as too far ahead: the staff must know.
   */
  async clockAheadOfNow(): Promise<string | null> {
    const stored = await this.db.meta.get(CLOCK_KEY);
    const text = stored ? String(stored.value) : '';
    if (!text || clockProblem(text, this.now()) !== 'farAhead') return null;
    return new Date(decodeHlc(text).wall).toISOString();
  }

  private async stamp(
    planned: readonly Pick<DomainEvent, 'conferenceId' | 'entityId' | 'payload'>[],
  ): Promise<DomainEvent[]> {
    let clock = await this.storedClock();
    const now = this.now();
    const at = new Date(now).toISOString();
    const actor = this.identity.actor();
    const events = planned.map((event): DomainEvent => {
      clock = tickHlc(clock, now);
      return {
        ...event,
        id: newId(now),
        type: eventType(event.payload),
        v: EVENT_SCHEMA_VERSION,
        deviceId: this.identity.deviceId,
        actor,
        hlc: encodeHlc(clock),
        at,
      };
    });
    await this.db.meta.put({ key: CLOCK_KEY, value: encodeHlc(clock) });
    return events;
  }

  /**
   * Applies events to the projections with one read and one write per table. A record whose first
   * event here creates it is new (ids are made in code and never reused), so it is not read.
   */
  private async project(events: DomainEvent[]): Promise<void> {
    const paged = events.filter((e) => isPagedKind(e.payload.kind));
    if (paged.length) await projectIntoPages(this.db, paged);
    const byKind = new Map<Exclude<EntityKind, PagedKind>, DomainEvent[]>();
    for (const event of events) {
      const kind = event.payload.kind;
      if (isPagedKind(kind)) continue;
      const list = byKind.get(kind) ?? [];
      list.push(event);
      byKind.set(kind, list);
    }
    for (const [kind, kindEvents] of byKind) {
      const table = this.db.projectionTable(kind);
      // Every id is read, created ones too: a record of another event under the same id stays its own.
      const ids = [...new Set(kindEvents.map((e) => e.entityId))];
      const previous = await table.bulkGet(ids);
      const rows = new Map<string, AnyEntity | undefined>(ids.map((id, i) => [id, previous[i]]));
      for (const event of kindEvents) rows.set(event.entityId, projectEvent(rows.get(event.entityId), event));
      const own = [...rows.values()].filter(
        (row): row is AnyEntity => row?.conferenceId === kindEvents[0]!.conferenceId,
      );
      await table.bulkPut(own);
    }
  }

  /**
   * Adds commits made elsewhere (an archive) to the log — those it already has are skipped, by id —
   * moves the clock past them, writes what `after` decides (the merge's conflicts), and rebuilds
   * the event's projections: one transaction, so an interruption leaves the event as it was.
   */
  async importCommits(
    conferenceId: string,
    commits: readonly Commit[],
    after?: () => CommandResult,
  ): Promise<{ added: number; result: CommandResult | null }> {
    const db = this.db;
    const written: Commit[] = [];
    const outcome = await db.transaction('rw', [db.commits, db.meta, ...db.projectionTables], async () => {
      const fresh = await this.addNew(commits);
      await this.moveClockPast(fresh);
      let result: CommandResult | null = null;
      if (after) {
        result = after();
        if (result.ok && result.events.length) {
          const merge = commitOf(await this.stamp(result.events));
          await db.commits.add(merge);
          written.push(merge);
        }
      }
      if (fresh.length || result?.ok) await this.rebuildProjections(conferenceId);
      written.unshift(...fresh);
      return { added: fresh.length, result };
    });
    // What came in is the event's now: the automatic backups hear of it as of any change.
    for (const commit of written) for (const listener of this.listeners) listener(commit, false);
    return outcome;
  }

  /**
   * Commits that reached this laptop from the venue network. Those it has are skipped, by id; the
   * clock moves past the rest. Records of organisations and attendees they change are replayed from
   * their whole history in clock order, whatever the order of arrival; anything else (a vote, a
   * ballot, a seal) rebuilds the event's projections through the seal guard. Returns what was new.
   */
  async receiveCommits(conferenceId: string, commits: readonly Commit[]): Promise<Commit[]> {
    const db = this.db;
    const fresh = await db.transaction('rw', [db.commits, db.meta, ...db.projectionTables], async () => {
      const added = await this.addNew(commits);
      if (!added.length) return added;
      await this.moveClockPast(added);
      const events = added.flatMap((c) => c.events);
      if (events.every((e) => isPagedKind(e.payload.kind))) await this.replayRecords(conferenceId, events);
      else await this.rebuildProjections(conferenceId);
      return added;
    });
    for (const commit of fresh) for (const listener of this.listeners) listener(commit, true);
    return fresh;
  }

  /** Adds to the log the commits it does not have (by id) and returns them: the same commit twice is once. */
  private async addNew(commits: readonly Commit[]): Promise<Commit[]> {
    const known = await this.db.commits.bulkGet(commits.map((c) => c.id));
    const fresh = commits.filter((_, i) => !known[i]);
    if (fresh.length) await this.db.commits.bulkAdd(fresh);
    return fresh;
  }

  private async moveClockPast(commits: readonly Commit[]): Promise<void> {
    const latest = commits.flatMap((c) => c.events).reduce((max, e) => (e.hlc > max ? e.hlc : max), '');
    if (!latest) return;
    const local = await this.storedClock();
    await this.db.meta.put({
      key: CLOCK_KEY,
      value: encodeHlc(receiveHlc(local, decodeHlc(latest), this.now())),
    });
  }

  /** Replays each record these events change from its first event, in clock order, whatever the order of arrival. */
  private async replayRecords(conferenceId: string, events: readonly DomainEvent[]): Promise<void> {
    // A person's attendance at the main sitting and badge prints share the person's id: a record is its kind and id.
    const wanted = new Set(events.map(rowKey));
    const ids = [...new Set(events.map((e) => e.entityId))];
    const history = await this.db.commits.where('entityIds').anyOf(ids).distinct().toArray();
    const all = history
      .filter((c) => c.conferenceId === conferenceId)
      .flatMap((c) => c.events)
      .filter((e) => isPagedKind(e.payload.kind) && wanted.has(rowKey(e)))
      .sort(byClock);
    await replaceRowsInPages(this.db, conferenceId, all);
  }

  /**
   * The first record these commits name that belongs to another event here, if any: an archive
   * must not reach into another event's records, whatever ids it carries.
   */
  async foreignRecord(conferenceId: string, commits: readonly Commit[]): Promise<string | null> {
    const idsByKind = new Map<Exclude<EntityKind, PagedKind>, Set<string>>();
    for (const event of commits.flatMap((c) => c.events)) {
      const kind = event.payload.kind;
      if (isPagedKind(kind)) continue;
      idsByKind.set(kind, (idsByKind.get(kind) ?? new Set()).add(event.entityId));
    }
    for (const [kind, ids] of idsByKind) {
      const rows = await this.db.projectionTable(kind).bulkGet([...ids]);
      const foreign = rows.find((row) => row && row.conferenceId !== conferenceId);
      if (foreign) return foreign.id;
    }
    return null;
  }

  /** Throws the projections of a conference away and builds them again from its log. */
  async rebuildProjections(conferenceId: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.commits, ...db.projectionTables], async () => {
      const commits = await db.commits
        .where('[conferenceId+hlc]')
        .between([conferenceId, ''], [conferenceId, '\uffff'])
        .toArray();
      const events = admitEvents(commits.flatMap((c) => c.events).sort(byClock)).admitted;
      await db.conferences.delete(conferenceId);
      for (const table of [
        db.organisers,
        db.agendaItems,
        db.importBatches,
        db.votes,
        db.elections,
        db.ballotIssues,
        db.ballotEntries,
        db.committeeMembers,
        db.minutes,
        db.conflicts,
      ])
        await table.where('conferenceId').equals(conferenceId).delete();
      await clearPages(db, conferenceId);
      await this.project(events);
    });
  }
}
