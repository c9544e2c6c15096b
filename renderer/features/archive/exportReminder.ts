import type { EventStore } from '../../db/eventStore';

const key = (conferenceId: string) => `plenum.exported.${conferenceId}`;

async function latestClock(store: EventStore, conferenceId: string): Promise<string> {
  const last = await store.db.commits
    .where('[conferenceId+hlc]')
    .between([conferenceId, ''], [conferenceId, '\uffff'])
    .last();
  return last?.hlc ?? '';
}

/** Remembers that everything up to now is in an exported archive (the browser has no automatic backups). */
export async function markExported(store: EventStore, conferenceId: string): Promise<void> {
  localStorage.setItem(key(conferenceId), await latestClock(store, conferenceId));
}

/** Whether the event changed since its archive was last exported from this browser. */
export async function changedSinceExport(store: EventStore, conferenceId: string): Promise<boolean> {
  return (await latestClock(store, conferenceId)) > (localStorage.getItem(key(conferenceId)) ?? '');
}
