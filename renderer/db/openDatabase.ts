import { EventStore } from './eventStore';
import { PlenumDatabase } from './schema';

const ACTOR_KEY = 'plenum.deskName';

/** The desk or person named in the settings; written into every event. '' when not named. */
export function deskName(): string {
  return localStorage.getItem(ACTOR_KEY) ?? '';
}

export async function openEventStore(deviceId: string): Promise<EventStore> {
  const db = new PlenumDatabase();
  await db.open();
  // Ask the browser not to evict the event's data when the disk fills up.
  void navigator.storage?.persist?.().catch(() => false);
  // An unnamed desk is known by its device id.
  return new EventStore(db, { deviceId, actor: () => deskName() || deviceId });
}
