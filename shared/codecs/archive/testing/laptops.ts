import type { CommandResult } from '../../../core/domain/commands';
import type { AnyEntity, EntityKind, EntityOf } from '../../../core/domain/entities';
import { commitOf, eventType, type Commit, type DomainEvent } from '../../../core/domain/events';
import { decodeHlc, encodeHlc, initialHlc, receiveHlc, tickHlc, type Hlc } from '../../../core/domain/hlc';
import { replayEvents } from '../../../core/domain/reducers';
import { planMerge, recordMerge, type MergePlan } from '../mergeArchive';

/** One clock for a test's laptops: each write takes the next millisecond unless a laptop is given its own. */
export class TestClock {
  constructor(public now = Date.UTC(2026, 11, 10, 8)) {}
  next(): number {
    return ++this.now;
  }
}

/**
 * A laptop's log in memory, as the store keeps it: commands become commits stamped with the
 * laptop's device and clock; what it shows is the replay of its log; merging takes another
 * laptop's log as the Archive screen does (refused when the plan breaks a seal).
 */
export class TestLaptop {
  commits: Commit[] = [];
  private n = 0;
  private hlc: Hlc;

  /** `skew`: how far this laptop's own clock is from the others', in milliseconds. */
  constructor(
    readonly device: string,
    private readonly clock: TestClock,
    private readonly skew = 0,
  ) {
    this.hlc = initialHlc(device);
  }

  /** A command's events as one commit; `wall` forces the time of a test's write, else the laptop's clock runs. */
  run(result: CommandResult, wall?: number): DomainEvent[] {
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    if (result.events.length === 0) return [];
    const now = this.clock.next() + this.skew;
    const stamp = (i: number) => {
      if (wall !== undefined) return encodeHlc({ wall, counter: i, node: this.device });
      this.hlc = tickHlc(this.hlc, now);
      return encodeHlc(this.hlc);
    };
    const events = result.events.map((planned, i): DomainEvent => ({
      ...planned,
      id: `${this.device}-${++this.n}`,
      type: eventType(planned.payload),
      v: 1,
      deviceId: this.device,
      actor: this.device,
      hlc: stamp(i),
      at: new Date(wall ?? now).toISOString(),
    }));
    this.commits.push(commitOf(events));
    return events;
  }

  rows(): Map<string, AnyEntity> {
    return replayEvents(this.commits.flatMap((c) => c.events));
  }

  row<K extends EntityKind>(_kind: K, id: string): EntityOf<K> {
    const row = this.rows().get(id);
    if (!row) throw new Error(`no record ${id} on ${this.device}`);
    return row as unknown as EntityOf<K>;
  }

  /** Another laptop's log merged in; the plan, so a test can see the conflicts or the refusal. */
  merge(other: TestLaptop | readonly Commit[]): MergePlan {
    const theirs = Array.isArray(other) ? other : (other as TestLaptop).commits;
    const plan = planMerge(this.commits, theirs);
    if (plan.breaksSeal || plan.commits.length === 0) return plan;
    this.commits.push(...plan.commits);
    const latest = plan.commits.reduce((max, c) => (c.hlc > max ? c.hlc : max), '');
    this.hlc = receiveHlc(this.hlc, decodeHlc(latest), this.clock.now + this.skew);
    const recorded = recordMerge(this.commits[0]!.conferenceId, plan);
    this.run(recorded);
    return plan;
  }

  copy(device: string, skew = 0): TestLaptop {
    const laptop = new TestLaptop(device, this.clock, skew);
    laptop.hlc = { ...this.hlc, node: device };
    laptop.commits = [...this.commits];
    return laptop;
  }
}
