import type { AnyEntity, EntityKind } from '../../shared/domain/entities';
import { EVENT_SCHEMA_VERSION, eventType, type DomainEvent } from '../../shared/domain/events';
import type { CommandResult } from '../../shared/domain/commands';
import { decodeHlc, encodeHlc, initialHlc, tickHlc, type Hlc } from '../../shared/domain/hlc';
import { newId } from '../../shared/domain/ids';
import { projectEvent, replayEvents } from '../../shared/domain/reducers';
import type { PlenumDatabase } from './schema';

const CLOCK_KEY = 'clock';

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

  get deviceId(): string {
    return this.identity.deviceId;
  }

  async run(plan: () => Promise<CommandResult> | CommandResult): Promise<CommandResult> {
    const db = this.db;
    return db.transaction('rw', [db.log, db.meta, ...db.projectionTables], async () => {
      const result = await plan();
      if (!result.ok || result.events.length === 0) return result;
      const stamped = await this.stamp(result.events.map((e) => ({ ...e })));
      await db.log.bulkAdd(stamped);
      await this.project(stamped);
      return result;
    });
  }

  private async stamp(planned: Pick<DomainEvent, 'conferenceId' | 'entityId' | 'payload'>[]): Promise<DomainEvent[]> {
    const stored = await this.db.meta.get(CLOCK_KEY);
    let clock: Hlc = stored ? decodeHlc(String(stored.value)) : initialHlc(this.identity.deviceId);
    clock = { ...clock, node: this.identity.deviceId };
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

  /** Applies events to the projection tables with one read and one write per table. */
  private async project(events: DomainEvent[]): Promise<void> {
    const byKind = new Map<EntityKind, DomainEvent[]>();
    for (const event of events) {
      const list = byKind.get(event.payload.kind) ?? [];
      list.push(event);
      byKind.set(event.payload.kind, list);
    }
    for (const [kind, kindEvents] of byKind) {
      const table = this.db.projectionTable(kind);
      const ids = [...new Set(kindEvents.map((e) => e.entityId))];
      const previous = await table.bulkGet(ids);
      const rows = new Map<string, AnyEntity | undefined>(ids.map((id, i) => [id, previous[i]]));
      for (const event of kindEvents) rows.set(event.entityId, projectEvent(rows.get(event.entityId), event));
      const changed = [...rows.values()].filter((row): row is AnyEntity => row !== undefined);
      await table.bulkPut(changed);
    }
  }

  /** Throws the projections of a conference away and builds them again from its log. */
  async rebuildProjections(conferenceId: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.log, ...db.projectionTables], async () => {
      const events = await db.log.where('[conferenceId+hlc]').between([conferenceId, ''], [conferenceId, '\uffff']).toArray();
      for (const table of db.projectionTables) {
        if (table === db.conferences) await table.delete(conferenceId);
        else await table.where('conferenceId').equals(conferenceId).delete();
      }
      const rows = replayEvents(events);
      const kindOf = new Map(events.map((e) => [e.entityId, e.payload.kind]));
      const rowsByKind = new Map<EntityKind, AnyEntity[]>();
      for (const [entityId, row] of rows) {
        const kind = kindOf.get(entityId)!;
        const list = rowsByKind.get(kind) ?? [];
        list.push(row);
        rowsByKind.set(kind, list);
      }
      for (const [kind, kindRows] of rowsByKind) await db.projectionTable(kind).bulkPut(kindRows);
    });
  }
}
