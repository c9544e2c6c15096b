import {
  commitOf,
  EVENT_SCHEMA_VERSION,
  eventType,
  type Commit,
  type PlannedEvent,
} from '../../core/domain/events';
import { decodeHlc, encodeHlc, initialHlc, receiveHlc, tickHlc } from '../../core/domain/hlc';
import { newId } from '../../core/domain/ids';

export interface Stamp {
  deviceId: string;
  actor: string;
  now: number;
}

/**
 * Planned events stamped as the event store stamps them, for a log written outside the app (the
 * command line's merge): one commit, its clocks past every clock of the log it joins.
 */
export function stampCommit(planned: readonly PlannedEvent[], log: readonly Commit[], stamp: Stamp): Commit {
  const latest = log.reduce((max, c) => (c.hlc > max ? c.hlc : max), '');
  const start = initialHlc(stamp.deviceId);
  let clock = latest ? receiveHlc(start, decodeHlc(latest), stamp.now) : start;
  const at = new Date(stamp.now).toISOString();
  const events = planned.map((event) => {
    clock = tickHlc(clock, stamp.now);
    return {
      ...event,
      id: newId(stamp.now),
      type: eventType(event.payload),
      v: EVENT_SCHEMA_VERSION,
      deviceId: stamp.deviceId,
      actor: stamp.actor,
      hlc: encodeHlc(clock),
      at,
    };
  });
  return commitOf(events);
}
