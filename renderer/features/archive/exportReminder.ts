import type { EventStore } from '../../db/eventStore';
import { readLatestClock } from '../../db/reads';

const key = (conferenceId: string) => `plenum.exported.${conferenceId}`;

/** Remembers that everything up to now is in an exported archive (the browser has no automatic backups). */
export async function markExported(store: EventStore, conferenceId: string): Promise<void> {
  localStorage.setItem(key(conferenceId), await readLatestClock(store, conferenceId));
}

/** Whether the event changed since its archive was last exported from this browser, given its latest clock. */
export function changedSinceExport(conferenceId: string, latestClock: string): boolean {
  return latestClock > (localStorage.getItem(key(conferenceId)) ?? '');
}
