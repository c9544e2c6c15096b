import type { CommandResult } from '../commands';
import type { AnyEntity, EntityKind, EntityOf } from '../entities';
import { eventType, type DomainEvent, type PlannedEvent } from '../events';
import { projectEvent } from '../reducers';

/** How a test's events are stamped: by default a counter gives the id, the clock and the time. */
export interface StampOptions {
  deviceId?: string;
  actor?: string;
  at?: (n: number) => string;
  hlc?: (n: number, at: string) => string;
  id?: (n: number) => string;
}

/**
 * The event store in memory, for tests of commands: it stamps each planned event as the store
 * would (id, clock, device, actor, time) and applies it to the rows with the real reducer.
 */
export class MemoryLog {
  private count = 0;
  readonly events: DomainEvent[] = [];
  private readonly rows = new Map<string, AnyEntity>();

  constructor(private readonly options: StampOptions = {}) {}

  stamp(planned: PlannedEvent): DomainEvent {
    const n = ++this.count;
    const at = this.options.at?.(n) ?? `t${n}`;
    return {
      ...planned,
      id: this.options.id?.(n) ?? String(n),
      type: eventType(planned.payload),
      v: 1,
      deviceId: this.options.deviceId ?? 'd',
      actor: this.options.actor ?? 'a',
      hlc: this.options.hlc?.(n, at) ?? String(n).padStart(8, '0'),
      at,
    } as DomainEvent;
  }

  /** A command's events applied, or the test stopped with the refusal; the record it names. */
  apply(result: CommandResult): string {
    return this.applyStamped(result).entityId;
  }

  /** As apply, with the events as stamped (for a test that keeps the log's commits). */
  applyStamped(result: CommandResult): { entityId: string; events: DomainEvent[] } {
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    const events = result.events.map((planned) => this.stamp(planned));
    for (const event of events) {
      const key = `${event.payload.kind}:${event.entityId}`;
      const row = projectEvent(this.rows.get(key), event);
      if (row) this.rows.set(key, row);
      else this.rows.delete(key);
    }
    this.events.push(...events);
    return { entityId: result.entityId, events };
  }

  row<K extends EntityKind>(kind: K, id: string): EntityOf<K> | undefined {
    return this.rows.get(`${kind}:${id}`) as EntityOf<K> | undefined;
  }

  /** Every record of a kind, in the order they were first written. */
  all<K extends EntityKind>(kind: K): EntityOf<K>[] {
    return [...this.rows.entries()]
      .filter(([key]) => key.startsWith(`${kind}:`))
      .map(([, row]) => row as unknown as EntityOf<K>);
  }
}

/** One record's events applied to it: the record as the store would hold it after the command. */
export function applyTo<T extends AnyEntity>(
  current: T | undefined,
  result: CommandResult,
  log = new MemoryLog(),
): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  let row: AnyEntity | undefined = current;
  for (const planned of result.events) row = projectEvent(row, log.stamp(planned));
  return row as T;
}

/** Planned events stamped in order, for a test that replays them. */
export function stampAll(planned: readonly PlannedEvent[], options: StampOptions = {}): DomainEvent[] {
  const log = new MemoryLog(options);
  return planned.map((event) => log.stamp(event));
}
