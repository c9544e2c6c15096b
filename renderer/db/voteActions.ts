import type { CommandResult } from '../../shared/core/domain/commands';
import type { Choice } from '../../shared/rules/counting/tally';
import type { VoteCounts } from '../../shared/rules/counting/majority';
import type { Vote, VoteFields } from '../../shared/core/domain/entities';
import * as votes from '../../shared/rules/votes/voteCommands';
import { electorateOf } from '../../shared/rules/votes/electorate';
import type { EventStore } from './eventStore';
import { readAllRows, readAssemblyAttendance } from './projectionPages';
import { deskName } from './openDatabase';

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

const by = (store: EventStore) => deskName() || store.deviceId;

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
export const openVoteAction = (store: EventStore, vote: Vote): Promise<CommandResult> =>
  store.run(async () => {
    const current = await fresh(store, vote);
    return votes.openVote(current, await snapshotNow(store, current, current.conferenceId));
  });
export const recordCountsAction = (
  store: EventStore,
  vote: Vote,
  counts: VoteCounts,
  ballots: VoteFields['ballots'],
): Promise<CommandResult> =>
  store.run(async () =>
    votes.recordCounts(await fresh(store, vote), counts, ballots, {
      at: new Date().toISOString(),
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
export const closeVoteAction = (store: EventStore, vote: Vote): Promise<CommandResult> =>
  store.run(async () => {
    const current = await fresh(store, vote);
    return votes.closeVote(current, await snapshotNow(store, current, current.conferenceId));
  });
/** Conflicts from a merged archive about this vote or election that no one has decided yet. */
export async function openConflicts(
  store: EventStore,
  conferenceId: string,
  recordId: string,
): Promise<number> {
  return (await store.db.conflicts.where('conferenceId').equals(conferenceId).toArray()).filter(
    (c) => c.recordId === recordId && c.resolvedWith === null && !c.deletedAt,
  ).length;
}

export const sealVoteAction = (
  store: EventStore,
  vote: Vote,
  note: string,
  tellers: readonly string[],
): Promise<CommandResult> =>
  store.run(async () =>
    votes.sealVote(
      await fresh(store, vote),
      note,
      tellers,
      by(store),
      new Date().toISOString(),
      await openConflicts(store, vote.conferenceId, vote.id),
    ),
  );
export const reopenVoteAction = (
  store: EventStore,
  vote: Vote,
  reason: string,
  name: string,
): Promise<CommandResult> =>
  store.run(async () =>
    votes.reopenVote(await fresh(store, vote), reason, name, by(store), new Date().toISOString()),
  );
