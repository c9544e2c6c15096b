import type { CommandResult } from '../../shared/core/domain/commands';
import type { Choice } from '../../shared/rules/counting/tally';
import type { VoteCounts } from '../../shared/rules/counting/majority';
import type { Vote, VoteFields } from '../../shared/core/domain/entities';
import * as votes from '../../shared/rules/votes/voteCommands';
import { electorateOf } from '../../shared/rules/votes/electorate';
import type { EventStore } from './eventStore';
import { readAllRows, readAssemblyAttendance } from './projectionPages';
import { by, countedActions, now } from './resultActions';

export { openConflicts } from './resultActions';

async function fresh(store: EventStore, vote: Vote): Promise<Vote> {
  return (await store.db.votes.get(vote.id)) ?? vote;
}

/** Entitled and present of the vote's body, now. */
export async function snapshotNow(
  store: EventStore,
  vote: Pick<VoteFields, 'body' | 'voterIds'>,
  conferenceId: string,
) {
  const [attendees, organisations, attendance] = await Promise.all([
    readAllRows(store.db, 'attendee', conferenceId),
    readAllRows(store.db, 'organisation', conferenceId),
    readAssemblyAttendance(store.db, conferenceId),
  ]);
  return { ...electorateOf(vote, attendees, organisations, attendance), at: new Date().toISOString() };
}

const voteResults = countedActions<Vote, void>({
  fresh,
  snapshot: (store, vote) => snapshotNow(store, vote, vote.conferenceId),
  context: async () => undefined,
  open: votes.openVote,
  close: votes.closeVote,
  seal: (vote, _, input) =>
    votes.sealVote(vote, input.note, input.tellers, input.by, input.at, input.openConflicts),
  reopen: (vote, input) => votes.reopenVote(vote, input.reason, input.name, input.by, input.at),
});

export const createVoteAction = (
  store: EventStore,
  conferenceId: string,
  fields: VoteFields,
): Promise<CommandResult> => store.run(() => votes.createVote(conferenceId, fields));
export const editVoteSetupAction = (
  store: EventStore,
  vote: Vote,
  patch: Partial<VoteFields>,
): Promise<CommandResult> => store.run(async () => votes.editVoteSetup(await fresh(store, vote), patch));
export const openVoteAction = voteResults.open;
export const recordCountsAction = (
  store: EventStore,
  vote: Vote,
  counts: VoteCounts,
  ballots: VoteFields['ballots'],
): Promise<CommandResult> =>
  store.run(async () =>
    votes.recordCounts(await fresh(store, vote), counts, ballots, {
      at: now(),
      by: by(store),
    }),
  );
export const recordRollCallAction = (
  store: EventStore,
  vote: Vote,
  voterId: string,
  choice: Choice,
  weight: number,
  correct = false,
): Promise<CommandResult> =>
  store.run(async () => votes.recordRollCall(await fresh(store, vote), voterId, choice, weight, correct));
export const closeVoteAction = voteResults.close;
export const sealVoteAction = voteResults.seal;
export const reopenVoteAction = voteResults.reopen;
