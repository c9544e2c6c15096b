import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';
import { otherCheckIns, type OtherCheckIn } from '../../../shared/rules/checkin/alsoCheckedIn';
import { venueNetwork, type VenueState } from '../venue/venueNetwork';

/** This laptop's link to the event's venue host and how replication stands, live; undefined when not joined. */
export function useVenueState(conferenceId: string | null): VenueState | undefined {
  return useSyncExternalStore(venueNetwork.subscribe, () =>
    conferenceId ? venueNetwork.stateOf(conferenceId) : undefined,
  );
}

/** Where else the person was checked in during the current stay (two desks apart on the network). */
export function useOtherCheckIns(conferenceId: string, attendanceId: string | null): OtherCheckIn[] {
  const store = useStore();
  return (
    useLiveQuery(async () => {
      if (!attendanceId) return [];
      const commits = await store.db.commits.where('entityIds').equals(attendanceId).toArray();
      const events = commits.flatMap((c) =>
        c.events.filter((e) => e.entityId === attendanceId && e.conferenceId === conferenceId),
      );
      return otherCheckIns(events);
    }, [conferenceId, attendanceId]) ?? []
  );
}
