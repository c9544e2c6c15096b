import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';

/** The event's election rounds, oldest first. */
export function useElections(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.elections.where('conferenceId').equals(conferenceId).sortBy('createdAt'),
    [conferenceId],
  );
}

/** The papers entered for one election round. */
export function useBallotEntries(electionId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.ballotEntries.where('electionId').equals(electionId).toArray(),
    [electionId],
  );
}

/** The ballots issued for one election round (who received one, never which paper). */
export function useBallotIssues(electionId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.ballotIssues.where('electionId').equals(electionId).toArray(),
    [electionId],
  );
}

/**
 * An election round with what its result is counted from, read together: its papers and how many
 * ballots were issued. `undefined` while loading and when there is no such round.
 */
export function useElectionCount(electionId: string) {
  const store = useStore();
  return useLiveQuery(async () => {
    const election = await store.db.elections.get(electionId);
    if (!election) return undefined;
    const [papers, issued] = await Promise.all([
      store.db.ballotEntries.where('electionId').equals(electionId).toArray(),
      store.db.ballotIssues.where('electionId').equals(electionId).count(),
    ]);
    return { election, papers, issued };
  }, [electionId]);
}
