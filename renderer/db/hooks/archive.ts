import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';

/** What two laptops recorded apart for the same thing, found by merging an archive. */
export function useConflicts(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.conflicts.where('conferenceId').equals(conferenceId).toArray(),
    [conferenceId],
  );
}

/** The event's votes and election rounds together (unsorted): what a conflict can be about. */
export function useVotesAndElections(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(async () => {
    const [votes, elections] = await Promise.all([
      store.db.votes.where('conferenceId').equals(conferenceId).toArray(),
      store.db.elections.where('conferenceId').equals(conferenceId).toArray(),
    ]);
    return { votes, elections };
  }, [conferenceId]);
}
