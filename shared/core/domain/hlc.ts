/**
 * Hybrid logical clock. Events are ordered by it, not by the wall clock, so that logs written on
 * several laptops (whose clocks disagree) can later be merged into one causal order.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function initialHlc(node: string): Hlc {
  return { wall: 0, counter: 0, node };
}

/** The next timestamp for a local event. */
export function tickHlc(previous: Hlc, now: number): Hlc {
  if (now > previous.wall) return { wall: now, counter: 0, node: previous.node };
  return { wall: previous.wall, counter: previous.counter + 1, node: previous.node };
}

/** Advance the local clock past a timestamp received from another device. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, now);
  let counter = 0;
  if (wall === local.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return { wall, counter, node: local.node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** A string whose lexical order is the clock order: used as an index key in the event log. */
export function encodeHlc(hlc: Hlc): string {
  const wall = String(hlc.wall).padStart(WALL_DIGITS, '0');
  const counter = String(hlc.counter).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${hlc.node}`;
}

export function decodeHlc(text: string): Hlc {
  const match = /^(\d{15})-(\d{6})-(.+)$/.exec(text);
  if (!match) throw new Error(`Not a clock value: ${text}`);
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}
