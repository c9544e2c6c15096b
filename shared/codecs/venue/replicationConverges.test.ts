import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attendance, Attendee, BallotIssue, Election, Vote } from '../../core/domain/entities';
import { updateAttendee, type CommandResult } from '../../core/domain/commands';
import type { Commit } from '../../core/domain/events';
import { checkIn, markLeft } from '../../rules/checkin/checkInCommands';
import { attendanceId, MAIN_SITTING_ID } from '../../rules/checkin/sittings';
import { issueBallot } from '../../rules/elections/electionCommands';
import { closeVote, recordCounts, reopenVote, sealVote } from '../../rules/votes/voteCommands';
import { readCommitDoc } from './venueDocs';
import {
  CONF,
  closeVenue,
  hall,
  openVenue,
  PEOPLE,
  project,
  record,
  registering,
  replicate,
  sorted,
  TELLERS,
  viewOf,
  type Replica,
  type Venue,
} from './testing/venue';

/**
 * Laptops on the venue network, each with its own PouchDB, replicating by the CouchDB replication
 * protocol in any order, one way or both, with stretches where some cannot reach others: in the
 * end every laptop holds the same commits, each a document with one revision and no conflict,
 * and every laptop's projections are those of one replay of everything recorded.
 */

type PersonStep =
  | { op: 'arrive' | 'leave' | 'issue'; at: number; person: number }
  | { op: 'edit'; at: number; person: number; field: 'notes' | 'position'; value: string };
type VoteStep =
  | { op: 'count'; at: number; vote: number; yes: number; no: number }
  | { op: 'close' | 'seal' | 'reopen'; at: number; vote: number };
type Step =
  | PersonStep
  | VoteStep
  /** One laptop replicates to another, or both ways at once; `batch`: documents per batch. */
  | { op: 'sync'; from: number; to: number; both: boolean; batch: number | undefined }
  /** For the next `steps` steps, the laptops whose bit is set in `side` cannot reach the others. */
  | { op: 'split'; side: number; steps: number };

const stepOf = (n: number): fc.Arbitrary<Step> => {
  const laptop = fc.nat({ max: n - 1 });
  // Mostly a tellers' laptop for the tellers' steps; on a desk the venue guard refuses them.
  const tellers = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: TELLERS.size - 1 }) }, laptop);
  const person = fc.nat({ max: PEOPLE.length - 1 });
  const vote = fc.constantFrom(0, 0, 0, 1);
  const one = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
  return fc.oneof(
    one(4, fc.record({ op: fc.constantFrom('arrive', 'arrive', 'leave'), at: laptop, person })),
    one(2, fc.record({ op: fc.constant('issue' as const), at: laptop, person })),
    one(
      1,
      fc.record({
        op: fc.constant('edit' as const),
        at: laptop,
        person,
        field: fc.constantFrom('notes' as const, 'position' as const),
        value: fc.constantFrom('', '素食', 'VIP', 'Делегат'),
      }),
    ),
    one(
      2,
      fc.record({
        op: fc.constant('count' as const),
        at: tellers,
        vote,
        yes: fc.nat({ max: 3 }),
        no: fc.nat({ max: 3 }),
      }),
    ),
    one(3, fc.record({ op: fc.constantFrom('close', 'seal', 'seal', 'reopen'), at: tellers, vote })),
    one(
      6,
      fc.record({
        op: fc.constant('sync' as const),
        from: laptop,
        to: laptop,
        both: fc.boolean(),
        batch: fc.constantFrom(undefined, 1, 2),
      }),
    ),
    one(
      1,
      fc.record({
        op: fc.constant('split' as const),
        side: fc.nat({ max: 2 ** n - 1 }),
        steps: fc.integer({ min: 1, max: 12 }),
      }),
    ),
  );
};

/** What the laptop's screen would record for a step about a person: a check-in, a departure, an edit, a ballot. */
function personCommand(venue: Venue, replica: Replica, s: PersonStep): CommandResult {
  const view = viewOf(replica);
  const row = <T>(key: string) => view.get(key) as T | undefined;
  const desk = { desk: replica.laptop.device, now: new Date(venue.clock.now).toISOString() };
  const id = PEOPLE[s.person]!;
  const who = row<Attendee>(`attendee/${id}`)!;
  const current = row<Attendance>(`attendance/${attendanceId(id, MAIN_SITTING_ID)}`);
  if (s.op === 'arrive') return checkIn(who, current, 'scan', desk);
  if (s.op === 'leave') return markLeft(who, current, desk);
  if (s.op === 'edit') {
    const { id: _id, conferenceId, version, createdAt, updatedAt, deletedAt, ...fields } = who;
    return updateAttendee(who, { ...fields, [s.field]: s.value }, registering(who.code));
  }
  const election = row<Election>(`election/${venue.electionId}`)!;
  const issues = [...view].filter(([key]) => key.startsWith('ballotIssue/')).map(([, r]) => r as BallotIssue);
  const present = (person: string) => row<Attendance>(`attendance/${person}`)?.status === 'present';
  const voters = PEOPLE.map((p) => ({ attendeeId: p, seatId: p }));
  return issueBallot(election, id, desk.desk, { voters, present, issues });
}

/** What the tellers' screen would record for a step about a vote. */
function voteCommand(venue: Venue, replica: Replica, s: VoteStep): CommandResult {
  const vote = viewOf(replica).get(`vote/${venue.votes[s.vote]}`) as Vote;
  const now = new Date(venue.clock.now).toISOString();
  const by = replica.laptop.device;
  if (s.op === 'count')
    return recordCounts(vote, { yes: s.yes, no: s.no, abstain: 0, invalid: 0 }, { issued: 3, returned: 3 });
  if (s.op === 'close') return closeVote(vote, hall);
  if (s.op === 'seal') return sealVote(vote, 'recounted', ['李娜'], by, now);
  return reopenVote(vote, 'recount', '王伟', by, now);
}

/** Every laptop replicates to every other until a whole round writes nothing. */
async function syncUntilQuiet(venue: Venue): Promise<void> {
  for (let round = 0; ; round++) {
    if (round > 2 * venue.replicas.length) throw new Error('replication does not go quiet');
    let written = 0;
    for (const from of venue.replicas)
      for (const to of venue.replicas) if (from !== to) written += await replicate(venue, from, to);
    if (written === 0) return;
  }
}

async function docsOf(replica: Replica) {
  // `conflicts` is an option of allDocs that shared/codecs/venue/pouchdb.d.ts does not declare.
  const options = { include_docs: true, conflicts: true } as PouchDB.AllDocsOptions;
  return (await replica.db.allDocs(options)).rows;
}

/** The replica's projections from its database alone, as a laptop rebuilding them would compute them. */
async function projectionsOf(replica: Replica) {
  const commits = (await docsOf(replica)).map((row) => {
    const read = readCommitDoc(row.doc, CONF, Date.UTC(2030, 0, 1));
    if (!read.ok) throw new Error(`${row.id} does not read: ${JSON.stringify(read.problem)}`);
    return read.commit;
  });
  return project(commits.flatMap((c) => c.events));
}

async function expectConverged(venue: Venue): Promise<void> {
  const madeIds = venue.made.map((c) => c.id).sort();
  expect(new Set(madeIds).size).toBe(madeIds.length);
  const union = project(venue.made.flatMap((c) => c.events));
  for (const replica of venue.replicas) {
    const rows = await docsOf(replica);
    expect(rows.map((r) => r.id).sort()).toEqual(madeIds);
    for (const row of rows) {
      // A commit is written once and never changed: one revision, no competing branch.
      expect(row.doc?._conflicts ?? [], `conflicts of ${row.id}`).toEqual([]);
      expect(row.value.rev, `revision of ${row.id}`).toMatch(/^1-/);
    }
    const projected = await projectionsOf(replica);
    expect(sorted(projected.rows)).toEqual(sorted(union.rows));
    expect(projected.held).toEqual(union.held);
    // What the laptop itself took in from its changes feed is all of it too.
    expect(replica.laptop.commits.map((c) => c.id).sort()).toEqual(madeIds);
    expect(sorted(viewOf(replica))).toEqual(sorted(union.rows));
  }
}

describe('laptops replicating their commit documents at random', () => {
  it('hold the same documents, none in conflict, and project one replay of all recorded', async () => {
    const runOf = fc
      .integer({ min: 2, max: 5 })
      .chain((n) =>
        fc.tuple(fc.constant(n), fc.array(stepOf(n), { minLength: 10, maxLength: 80, size: 'max' })),
      );
    await fc.assert(
      fc.asyncProperty(runOf, async ([n, steps]) => {
        const venue = await openVenue(n);
        try {
          /** Partitions in force: the laptops on one side of each and the steps it still lasts. */
          let splits: { side: number; left: number }[] = [];
          const apart = (a: number, b: number) =>
            splits.some(({ side }) => ((side >> a) & 1) !== ((side >> b) & 1));
          for (const s of steps) {
            splits = splits.map((p) => ({ ...p, left: p.left - 1 })).filter((p) => p.left > 0);
            if (s.op === 'split') splits.push({ side: s.side, left: s.steps });
            else if (s.op === 'sync') {
              if (s.from === s.to || apart(s.from, s.to)) continue;
              const [a, b] = [venue.replicas[s.from]!, venue.replicas[s.to]!];
              await Promise.all([
                replicate(venue, a, b, s.batch),
                s.both ? replicate(venue, b, a, s.batch) : null,
              ]);
            } else {
              const replica = venue.replicas[s.at]!;
              const command =
                'person' in s ? personCommand(venue, replica, s) : voteCommand(venue, replica, s);
              await record(venue, replica, command);
            }
          }
          await syncUntilQuiet(venue);
          await expectConverged(venue);
        } finally {
          await closeVenue(venue);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a person checked in on two laptops apart is present once, with both check-ins in the log', async () => {
    const venue = await openVenue(2);
    try {
      const [a, b] = venue.replicas as [Replica, Replica];
      const desk = (r: Replica) => ({ desk: r.laptop.device, now: new Date(venue.clock.now).toISOString() });
      const checkInOn = async (r: Replica) => {
        const view = viewOf(r);
        const who = view.get('attendee/p1') as Attendee;
        const current = view.get('attendance/p1') as Attendance | undefined;
        expect(current).toBeUndefined();
        return (await record(venue, r, checkIn(who, current, 'scan', desk(r))))!;
      };
      const onA = await checkInOn(a);
      const onB = await checkInOn(b);
      await Promise.all([replicate(venue, a, b), replicate(venue, b, a)]);
      for (const replica of [a, b]) {
        const docs = await docsOf(replica);
        expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining([onA.id, onB.id]));
        const { rows } = await projectionsOf(replica);
        const present = [...rows].filter(
          ([key, row]) => key.startsWith('attendance/') && (row as Attendance).status === 'present',
        );
        expect(present.map(([key]) => key)).toEqual(['attendance/p1']);
        const events = docs.flatMap((d) => (d.doc as unknown as Commit).events);
        const checkIns = events.filter((e) => e.entityId === 'p1' && e.payload.kind === 'attendance');
        expect(checkIns.map((e) => e.deviceId).sort()).toEqual(['laptop-0', 'laptop-1']);
      }
      await expectConverged(venue);
    } finally {
      await closeVenue(venue);
    }
  });
});
