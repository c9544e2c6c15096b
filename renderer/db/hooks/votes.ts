import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';

/** One vote by id. */
export function useVote(voteId: string) {
  const store = useStore();
  return useLiveQuery(() => store.db.votes.get(voteId), [voteId]);
}

/** The event's votes, oldest first. */
export function useVotes(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.votes.where('conferenceId').equals(conferenceId).sortBy('createdAt'),
    [conferenceId],
  );
}
