import type { CommandResult } from '../../shared/core/domain/commands';
import type { BallotEntry, Election } from '../../shared/core/domain/entities';
import type {
  BallotEntryFields,
  ElectionFields,
  ElectionTotals,
} from '../../shared/rules/elections/electionTypes';
import * as elections from '../../shared/rules/elections/electionCommands';
import {
  councilMembers,
  electionElectorate,
  votersOf,
} from '../../shared/rules/elections/electionElectorate';
import type { EventStore } from './eventStore';
import { claimBallot, onVenueNetwork } from './venue/claims';
import { readAllRows, readAssemblyAttendance } from './projectionPages';
import { by, countedActions, now } from './resultActions';

async function fresh(store: EventStore, election: Election): Promise<Election> {
  return (await store.db.elections.get(election.id)) ?? election;
}

export async function papersOf(store: EventStore, electionId: string): Promise<BallotEntry[]> {
  return (await store.db.ballotEntries.where('electionId').equals(electionId).toArray()).filter(
    (p) => !p.deletedAt,
  );
}

export async function issuedCount(store: EventStore, electionId: string): Promise<number> {
  return (await store.db.ballotIssues.where('electionId').equals(electionId).toArray()).filter(
    (i) => !i.deletedAt,
  ).length;
}

/** The council as its sealed election rounds made it: the attendee ids of its members. */
export async function councilOf(
  store: EventStore,
  conferenceId: string,
  councilElectionId: string | null,
): Promise<string[]> {
  if (!councilElectionId) return [];
  const rounds = (await store.db.elections.where('conferenceId').equals(conferenceId).toArray()).filter(
    (e) => e.id === councilElectionId || e.rootElectionId === councilElectionId,
  );
  const ids = rounds.map((r) => r.id);
  const [papers, issues] = await Promise.all([
    store.db.ballotEntries.where('electionId').anyOf(ids).toArray(),
    store.db.ballotIssues.where('electionId').anyOf(ids).toArray(),
  ]);
  return councilMembers(rounds, papers, issues);
}

/** The voters of the election's body, and who of them is here. */
export async function electorateNow(
  store: EventStore,
  election: Pick<Election, 'body' | 'voterIds' | 'councilElectionId' | 'conferenceId'>,
) {
  const [attendees, organisations, attendance, council] = await Promise.all([
    readAllRows(store.db, 'attendee', election.conferenceId),
    readAllRows(store.db, 'organisation', election.conferenceId),
    readAssemblyAttendance(store.db, election.conferenceId),
    election.body === 'council'
      ? councilOf(store, election.conferenceId, election.councilElectionId)
      : Promise.resolve([]),
  ]);
  const voters = votersOf(election, organisations, council);
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.id));
  return {
    voters,
    present,
    snapshot: { ...electionElectorate(election, voters, attendees, organisations, attendance), at: now() },
  };
}

const electionResults = countedActions<Election, { papers: BallotEntry[]; issued: number }>({
  fresh,
  snapshot: async (store, election) => (await electorateNow(store, election)).snapshot,
  context: async (store, election) => ({
    papers: await papersOf(store, election.id),
    issued: await issuedCount(store, election.id),
  }),
  open: elections.openElection,
  close: elections.closeElection,
  seal: (election, { papers, issued }, input) =>
    elections.sealElection(
      election,
      input.note,
      input.tellers,
      input.by,
      input.at,
      papers,
      issued,
      input.openConflicts,
    ),
  reopen: (election, input) =>
    elections.reopenElection(election, input.reason, input.name, input.by, input.at),
});

export const openElectionAction = electionResults.open;
export const closeElectionAction = electionResults.close;
export const sealElectionAction = electionResults.seal;
export const reopenElectionAction = electionResults.reopen;

export const createElectionAction = (
  store: EventStore,
  conferenceId: string,
  fields: ElectionFields,
): Promise<CommandResult> => store.run(() => elections.createElection(conferenceId, fields));
export const editElectionAction = (
  store: EventStore,
  election: Election,
  patch: Partial<ElectionFields>,
): Promise<CommandResult> =>
  store.run(async () => elections.editElectionSetup(await fresh(store, election), patch));

export async function issueBallotAction(
  store: EventStore,
  election: Election,
  attendeeId: string,
): Promise<CommandResult> {
  if (onVenueNetwork(election.conferenceId)) {
    // Claimed only for a ballot this desk would issue: a refused issue must not hold the seat's claim.
    const current = await fresh(store, election);
    const { voters, present } = await electorateNow(store, current);
    const issues = await store.db.ballotIssues.where('electionId').equals(current.id).toArray();
    const planned = elections.issueBallot(current, attendeeId, by(store), {
      voters,
      present: (id) => present.has(id),
      issues,
    });
    if (!planned.ok) return planned;
    const seatId = voters.find((v) => v.attendeeId === attendeeId)!.seatId;
    const held = await claimBallot(store, election.conferenceId, election.id, seatId, by(store));
    if (held) return held;
  }
  return store.run(async () => {
    const current = await fresh(store, election);
    const { voters, present } = await electorateNow(store, current);
    const issues = await store.db.ballotIssues.where('electionId').equals(current.id).toArray();
    return elections.issueBallot(current, attendeeId, by(store), {
      voters,
      present: (id) => present.has(id),
      issues,
    });
  });
}

/**
 * A paper without a number takes the teller's next one, read in the same transaction: two quick
 * Enters never collide.
 */
export const enterBallotAction = (
  store: EventStore,
  election: Election,
  fields: Omit<BallotEntryFields, 'electionId' | 'paper'> & { paper: number | null },
): Promise<CommandResult> =>
  store.run(async () => {
    const papers = await papersOf(store, election.id);
    const paper =
      fields.paper ??
      Math.max(0, ...papers.filter((p) => p.teller === fields.teller).map((p) => p.paper)) + 1;
    return elections.enterBallot(await fresh(store, election), { ...fields, paper }, papers);
  });

export const correctBallotAction = (
  store: EventStore,
  election: Election,
  paper: BallotEntry,
  patch: Pick<BallotEntryFields, 'marks' | 'spoilt' | 'weight'>,
): Promise<CommandResult> =>
  store.run(async () => elections.correctBallot(await fresh(store, election), paper, patch));

export const removeBallotAction = (
  store: EventStore,
  election: Election,
  paper: BallotEntry,
): Promise<CommandResult> =>
  store.run(async () => elections.removeBallot(await fresh(store, election), paper));

export const recordTotalsAction = (
  store: EventStore,
  election: Election,
  totals: ElectionTotals,
): Promise<CommandResult> =>
  store.run(async () =>
    elections.recordElectionTotals(await fresh(store, election), totals, { at: now(), by: by(store) }),
  );

export const recordLotsAction = (
  store: EventStore,
  election: Election,
  postId: string,
  winnerIds: string[],
  drawnBy: string,
): Promise<CommandResult> =>
  store.run(async () =>
    elections.recordLots(
      await fresh(store, election),
      postId,
      winnerIds,
      drawnBy,
      now(),
      await papersOf(store, election.id),
      await issuedCount(store, election.id),
    ),
  );

export const createNextRoundAction = (
  store: EventStore,
  election: Election,
  postId: string,
  kind: 'runoff' | 'further',
): Promise<CommandResult> =>
  store.run(async () =>
    elections.createNextRound(
      await fresh(store, election),
      postId,
      kind,
      await papersOf(store, election.id),
      await issuedCount(store, election.id),
    ),
  );
