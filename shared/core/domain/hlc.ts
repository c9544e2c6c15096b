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
const MAX_WALL = 10 ** WALL_DIGITS - 1;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const NODE = /^[A-Za-z0-9_-]{1,64}$/;
const ENCODED = /^(\d{15})-(\d{6})-([A-Za-z0-9_-]{1,64})$/;

/**
 * How far ahead of this laptop's time a clock from elsewhere may be. A laptop set a day wrong is
 * common at venues; further than this, accepting the clock would drag every later write with it.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

export function initialHlc(node: string): Hlc {
  return { wall: 0, counter: 0, node };
}

/** The counter carries into the wall time, so a clock never leaves the range it encodes in. */
function carried(wall: number, counter: number, node: string): Hlc {
  if (counter <= MAX_COUNTER) return { wall, counter, node };
  if (wall >= MAX_WALL) throw new RangeError('the clock is at the end of its range');
  return { wall: wall + 1, counter: 0, node };
}

/** The next timestamp for a local event. */
export function tickHlc(previous: Hlc, now: number): Hlc {
  if (now > previous.wall) return { wall: Math.min(now, MAX_WALL), counter: 0, node: previous.node };
  return carried(previous.wall, previous.counter + 1, previous.node);
}

/** Advance the local clock past a timestamp received from another device. */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(local.wall, remote.wall, Math.min(now, MAX_WALL));
  let counter = 0;
  if (wall === local.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return carried(wall, counter, local.node);
}

export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** A string whose lexical order is the clock order: used as an index key in the event log. */
export function encodeHlc(hlc: Hlc): string {
  if (!Number.isInteger(hlc.wall) || hlc.wall < 0 || hlc.wall > MAX_WALL) throw new RangeError('wall time');
  if (!Number.isInteger(hlc.counter) || hlc.counter < 0 || hlc.counter > MAX_COUNTER)
    throw new RangeError('clock counter');
  if (!NODE.test(hlc.node)) throw new RangeError('clock node');
  const wall = String(hlc.wall).padStart(WALL_DIGITS, '0');
  const counter = String(hlc.counter).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${hlc.node}`;
}

export function decodeHlc(text: string): Hlc {
  const match = ENCODED.exec(text);
  if (!match) throw new Error(`Not a clock value: ${text}`);
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

export type ClockProblem = 'unreadable' | 'farAhead';

/**
 * Why a clock from outside (an archive, another laptop) must not be taken in, if it must not:
 * unreadable, or so far ahead of `now` that every later write here would have to follow it.
 */
export function clockProblem(text: string, now: number): ClockProblem | null {
  if (!ENCODED.test(text)) return 'unreadable';
  return decodeHlc(text).wall > now + MAX_CLOCK_AHEAD_MS ? 'farAhead' : null;
}
